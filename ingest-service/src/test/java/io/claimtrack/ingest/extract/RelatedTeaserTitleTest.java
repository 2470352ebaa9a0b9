package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A teaser headline under "Read also" is another story's: its bare title ("— district head") reaches no one the main
 * story names, however well the title fits ({@link TitledNames#titledEarlier}).
 */
class RelatedTeaserTitleTest {

    private static final String STORY = "Ferry link to Brell island to resume in spring\n\n"
            + "KESSEL, March 3. /NORDWIRE/. The ferry link to Brell island will resume in the spring, Transport Minister "
            + "Marit Osterhagen-Diallo told reporters on Tuesday.\n\n"
            + "Earlier, the head of the Varnby district, Olek Tamsin-Brouwer, said that the district would repair the pier "
            + "before the summer.\n\n";

    @Test
    void aTeasersTitleStaysBare() {
        String text = STORY + "Read also\n\nVarnby carpenters to rebuild old chapel roof by 2031 — district head\n"
                + "The region's ports handled a record number of passengers last year, according to the port authority.\n";
        assertSpeaker(extract(text), "Varnby carpenters to rebuild old chapel roof by 2031", "district head");
    }

    /** In the main story the same title is the head it named in apposition. */
    @Test
    void theMainStorysTitleIsItsHolder() {
        String text = STORY + "The district head said the pier would cost 2 million korun.\n";
        assertSpeaker(extract(text), "the pier would cost 2 million korun", "Olek Tamsin-Brouwer");
    }
}
