package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "the mayor" a dozen paragraphs below "Mayor NAME" is that mayor when the story gives the title to no one else. */
class OnlyTitleHolderTest {

    private static final String FILLER = "The hall was full, and the vote ran past eleven o'clock after a long list of "
            + "speakers from both sides of the river who had waited since seven to be heard.\n\n";

    private static String story(String opening) {
        return "Council backs new depot\n\n" + opening + "\n\n" + FILLER.repeat(12)
                + "Asked whether the neighbours could still stop the depot, the mayor said the vote was final.\n";
    }

    @Test
    void theStorysOnlyMayorSpeaksFarBelow() {
        assertSpeaker(extract(story("Mayor Ilsa Brandvold-Oyo, who had backed the Northgate site for two years, opened the meeting.")),
                "the vote was final", "Ilsa Brandvold-Oyo");
    }

    @Test
    void twoMayorsNamedLeaveTheDescription() {
        assertSpeaker(extract(story("Mayor Ilsa Brandvold-Oyo opened the meeting, and former mayor Dag Lundqvist-Amoah spoke against the site.")),
                "the vote was final", "the mayor");
    }
}
