package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-second round (govtitles2): a briefing question's "the transport minister of Palvania claimed" is that
 * minister, described, not the minister answering, whose header gives him another field ("the Minister of Health").
 */
class OtherFieldHoldersTest {

    private static final String BRIEFING = """
            Government of the Republic of Estoria
            Press Office

            TRANSCRIPT
            Press briefing by the Minister of %s, Corvin Maltby-Osei

            10 May 2031

            MINISTER MALTBY-OSEI: Good morning. The new clinics will open in June across the northern districts.

            Q (Estoria Radio, Lena Voss): Minister, the %s minister of Palvania claimed on Friday that the border road \
            would close in July. Will that affect the clinics?

            MINISTER MALTBY-OSEI: No. The clinics are supplied by rail, not by road.
            """;

    @Test
    void aDescriptionOfAnotherFieldIsNotTheMinisterAnswering() {
        AnnotatedDocument doc = extract(BRIEFING.formatted("Health", "transport"));
        assertSpeaker(doc, "the border road would close in July", "the transport minister of Palvania");
        assertSpeaker(doc, "No. The clinics are supplied by rail, not by road", "Corvin Maltby-Osei");
    }

    /** A field the header's title does not list in the lexicon's words ("Water Resources") is another field still. */
    @Test
    void aFieldTheTitleDoesNotNameIsAnotherField() {
        AnnotatedDocument doc = extract(BRIEFING.formatted("Water Resources and Irrigation", "transport"));
        assertSpeaker(doc, "the border road would close in July", "the transport minister of Palvania");
    }

    /** The minister's own field, or a title that names its own before its "of" ("Prime Minister of Estoria"), still fits. */
    @Test
    void theTitlesOwnFieldStillFits() {
        AnnotatedDocument doc = extract("""
                The Minister of Health and Social Care of Estoria, Corvin Maltby-Osei, opened the clinic in Harl on Monday.

                The health minister said the clinic would treat 40,000 patients a year.
                """);
        assertSpeaker(doc, "the clinic would treat 40,000 patients a year", "Corvin Maltby-Osei");
        AnnotatedDocument premier = extract("""
                The Prime Minister of Estoria, Ansel Varga-Ofori, opened the clinic in Harl on Monday.

                The prime minister said the clinic would treat 40,000 patients a year.
                """);
        assertSpeaker(premier, "the clinic would treat 40,000 patients a year", "Ansel Varga-Ofori");
    }
}
