package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round (govtitles): a title whose field lists with commas ("Minister of Labour, Family and Social
 * Policy") is one title; its holder is the name after the whole list, and "the Minister" later is that holder. Round 55
 * (olderres2): also when the listed title goes on with the state it is held of ("... and Tourism of the Republic of X").
 */
class FieldListTitlesTest {

    @Test
    void theHolderAfterAListedFieldInAnAsideSpeaks() {
        AnnotatedDocument doc = extract("""
                The Minister of Fisheries, Ports and Inland Waterways, Tamsin Orrevold, said the new quay would open in June.

                "We have waited twelve years for this," the Minister told reporters.
                """);
        assertSpeaker(doc, "the new quay would open in June", "Tamsin Orrevold");
        assertSpeaker(doc, "\"We have waited twelve years for this,\"", "Tamsin Orrevold");
    }

    @Test
    void theHolderGluedToAListedFieldSpeaks() {
        AnnotatedDocument doc = extract("""
                Deputy Mayor for Parks, Libraries, and Public Spaces Ruben Kalvaitis announced that two reading rooms would \
                stay open until midnight.
                """);
        assertSpeaker(doc, "two reading rooms would stay open until midnight", "Ruben Kalvaitis");
    }

    @Test
    void aNameAfterAFieldWithoutAListIsTheAsidesHolder() {
        AnnotatedDocument doc = extract("""
                The Minister of Fisheries, Tamsin Orrevold, said the quay was safe.

                The Minister of Fisheries, Sverre Holt and Ada Lind visited the quay. Ada Lind said it was too narrow.
                """);
        assertSpeaker(doc, "the quay was safe", "Tamsin Orrevold");
        assertSpeaker(doc, "it was too narrow", "Ada Lind");
    }

    @Test
    void aListedFieldGoesOnWithTheStateItIsHeldOf() {
        AnnotatedDocument doc = extract("""
                Minister of Foreign Affairs of the Kingdom of Dunmark Marten Hollgrave held talks today with Minister of \
                Foreign Affairs, Maritime Affairs and Tourism of the Republic of Ravelia Selma Okrand in Torby.

                The Ravelian Minister pointed out that any settlement must respect the rights of fishermen.

                The Minister of Foreign Affairs, Maritime Affairs and Tourism of Ravelia said that her country would back \
                the Dunmark bid.
                """);
        assertSpeaker(doc, "any settlement must respect the rights of fishermen", "Selma Okrand");
        assertSpeaker(doc, "her country would back the Dunmark bid", "Selma Okrand");
    }
}
