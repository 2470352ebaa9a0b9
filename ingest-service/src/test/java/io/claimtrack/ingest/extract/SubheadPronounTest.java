package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A pronoun opening the first paragraph under a subhead is the person the feature is about, not the last speaker
 * of the section before it.
 */
class SubheadPronounTest {

    private static final String FEATURE = """
            Harbour Seals' new goalkeeper keeps it simple

            By Rita Olsen

            Jonas Lindberg does not read the newspapers. "I know when I play badly," Jonas Lindberg said after training.

            Lindberg, who joined the Harbour Seals from Bergen in June, has kept six clean sheets. Head coach Peter Aune \
            said the club had scouted him for two years.

            The goalkeeper has missed only one match since August.

            A life outside football

            %s, he has become a familiar face at the town's food bank. He told volunteers last week that the club should \
            do more for families in need.

            "Nobody should go hungry in a town this rich," he said.

            Lindberg's agent, Eva Dahl, said he had turned down an offer from Sweden. "Money was never the point for \
            Jonas," Dahl said.
            """;

    @Test
    void aPronounUnderASubheadIsThePersonTheStoryIsAbout() {
        AnnotatedDocument doc = extract(FEATURE.formatted("Away from the pitch"));
        assertSpeaker(doc, "the club should do more for families in need", "Jonas Lindberg");
        assertSpeaker(doc, "\"Nobody should go hungry in a town this rich,\"", "Jonas Lindberg");
    }

    @Test
    void someoneNamedUnderTheSubheadComesFirst() {
        AnnotatedDocument doc = extract(FEATURE.formatted("Since Coach Peter Aune arrived"));
        assertSpeaker(doc, "the club should do more for families in need", "Peter Aune");
    }
}
