package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 56: a bare description renamed to the last speaker, whose title is another office, is the one person
 * the text gives its title ({@link RenamedHolders}).
 */
class RenamedHoldersTest {

    private static final String MEETING = """
            Deputy Minister Quell-Moss meets Tessany's ambassador

            Deputy Minister of Trade of Varnia Ida Quell-Moss on Monday met Tessany's ambassador, Omar Brightwick, at the ministry.

            The meeting focused on grain exports.

            Ida Quell-Moss informed the guest that the government had cut port fees for foreign shippers.

            The ambassador welcomed the decision and said that two Tessanian firms were already planning new routes.
            """;

    @Test
    void theAmbassadorIsTheOneTheTextTitlesSoNotTheMinisterWhoSpokeLast() {
        AnnotatedDocument doc = extract(MEETING);
        assertSpeaker(doc, "two Tessanian firms were already planning new routes", "Omar Brightwick");
        assertSpeaker(doc, "the government had cut port fees for foreign shippers", "Ida Quell-Moss");
    }

    /** Two ambassadors named: neither is the one the text titles so, and the rule gives the description no one. */
    @Test
    void twoAmbassadorsNamedChooseNeither() {
        AnnotatedDocument doc = extract(MEETING.replace("at the ministry.",
                "at the ministry. Pellow's ambassador, Anna Ruskin, joined them later."));
        String speaker = statement(doc, "two Tessanian firms were already planning new routes").speaker;
        assertNotEquals("Omar Brightwick", speaker);
        assertNotEquals("Anna Ruskin", speaker);
    }
}
