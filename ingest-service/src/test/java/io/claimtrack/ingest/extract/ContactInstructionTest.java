package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A release's "can report ... at 555-0110" tells readers whom to reach; it says nothing. */
class ContactInstructionTest {

    @Test
    void aReleaseInstructionNamingAContactIsNoStatement() {
        List<String> found = statements(extract("""
                Tenants can report a broken heater at 555-0110 on weekdays.

                Parents can also call the school's help line for bus times.

                Anglers can report a dead fish through the fisheries app.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("broken heater")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("help line")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("dead fish")), found.toString());
    }

    @Test
    void sayingThatOrNamingNoContactIsLeftAlone() {
        List<String> found = statements(extract("""
                The council can confirm that the help line will reopen on Monday.
                """));
        assertTrue(found.stream().anyMatch(s -> s.startsWith("The council | the help line will reopen on Monday")),
                found.toString());
    }
}
