package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round (govtitles): a title whose field lists with commas ("Minister of Labour, Family and Social
 * Policy") is one title; its holder is the name after the whole list, and "the Minister" later is that holder.
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
}
