package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names of bodies and groups that are no person, and people whose surname a body's name ends with (issue 10, class 5). */
class BodiesAndGroupsNamedTest {

    private static SpeakerKind kind(String text, String content) {
        return statement(extract(text), content).kind;
    }

    /** A group named against someone is no fuller name of them: "Holcomb" stays the senator. */
    @Test
    void aGroupNamedAgainstAPersonIsNotThatPersonsName() {
        AnnotatedDocument doc = extract("Senator Ray Holcomb spoke at the fairgrounds on Friday. Outside, a nurse held a "
                + "sign reading \"Nurses Against Holcomb.\" Holcomb said the hospital would stay open. He said the budget "
                + "was balanced.");
        assertSpeaker(doc, "the hospital would stay open", "Ray Holcomb");
        assertSpeaker(doc, "the budget was balanced", "Ray Holcomb");
    }

    /** One plural name after a quantifier or "the", "-is" plurals included, is several people. */
    @Test
    void aPluralNameAfterAQuantifierIsAGroup() {
        assertEquals(SpeakerKind.GROUP, kind("Many Canadians say the economy is weak.", "the economy is weak"));
        assertEquals(SpeakerKind.GROUP, kind("Some Norwegians said the tax was too high.", "the tax was too high"));
        assertEquals(SpeakerKind.GROUP, kind("The Saudis said they would cut output.", "they would cut output"));
        // A surname in "-is" stays a person.
        assertEquals(SpeakerKind.PERSON, kind("Mr. Davis said the mill would reopen.", "the mill would reopen"));
    }

    /** A watchdog named "... Watch" is a body. */
    @Test
    void aWatchdogIsAnOrganization() {
        assertEquals(SpeakerKind.ORGANIZATION, kind("Harbour Rights Watch said the port had dumped sludge.",
                "the port had dumped sludge"));
    }
}
