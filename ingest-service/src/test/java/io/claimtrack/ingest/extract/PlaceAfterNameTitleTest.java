package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "the mayor of Eastvale" is the mayor named "of Eastvale", not the nearer "Mayor NAME of Northby". */
class PlaceAfterNameTitleTest {

    private static final String FILLER = "The hall was full, and the vote ran past eleven o'clock after a long list of "
            + "speakers from both sides of the river who had waited since seven to be heard.\n\n";

    private static String story(String title) {
        return "Towns split on depot\n\nMayor Ilsa Brandvold-Oyo of Eastvale and Mayor Dag Lundqvist-Amoah of Northby met on Monday.\n\n"
                + FILLER + "Asked about the depot, " + title + " said the vote was final.\n";
    }

    @Test
    void thePlaceAfterTheNameTellsTheTwoMayorsApart() {
        assertSpeaker(extract(story("the mayor of Eastvale")), "the vote was final", "Ilsa Brandvold-Oyo");
    }

    /** A description without a place is still the nearest mayor's. */
    @Test
    void aTitleWithoutAPlaceIsTheNearestHolder() {
        assertSpeaker(extract(story("the mayor")), "the vote was final", "Dag Lundqvist-Amoah");
    }
}
