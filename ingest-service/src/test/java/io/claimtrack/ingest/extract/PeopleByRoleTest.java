package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PeopleByRole}: a role's test runs once for all the people given that role. */
class PeopleByRoleTest {

    private static final List<Name> PEOPLE = List.of(
            new Name("Ola Brekk", SpeakerKind.PERSON, "Harbour Master", 0),
            new Name("Ivo Sand", SpeakerKind.PERSON, "Mayor", 40),
            new Name("Kari Moen", SpeakerKind.PERSON, "Harbour Master", 80),
            new Name("Tuva Lie", SpeakerKind.PERSON, "Mayor", 120));

    @Test
    void eachRoleIsTestedOnceAndItsPeopleComeTogether() {
        List<String> tested = new ArrayList<>();
        List<Name> masters = new PeopleByRole(PEOPLE).withRole(role -> tested.add(role) && role.startsWith("Harbour"));
        assertEquals(List.of("Harbour Master", "Mayor"), tested);
        assertEquals(List.of("Ola Brekk", "Kari Moen"), masters.stream().map(Name::text).toList());
    }

    @Test
    void aRoleNoOneFitsGivesNoOne() {
        assertEquals(List.of(), new PeopleByRole(PEOPLE).withRole(role -> role.equals("Senator")));
    }
}
