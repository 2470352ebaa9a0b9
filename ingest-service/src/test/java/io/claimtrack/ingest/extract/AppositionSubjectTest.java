package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "The former chief, Kim Kolstad, had made the same warning. She said": the name in apposition to the
 * description that opens the sentence ("The former chief", "One local woman") is its subject, whom the pronoun after
 * it takes.
 */
class AppositionSubjectTest {

    private static final String WIRE = """
            Ministers Meet on Air Defence

            The alliance's secretary-general said on Thursday that member states had left gaps in the north.

            %s had made the same warning in 2024. She said at the time that the flank was thin.
            """;

    @Test
    void theNameInAppositionToAnOpeningDescriptionIsTheSubject() {
        // "Kim" is a first name of either sex: only the sentence's shape makes her the subject.
        assertSpeaker(extract(WIRE.formatted("The former chief, Kim Kolstad,")), "the flank was thin", "Kim Kolstad");
    }

    @Test
    void aKindOfPersonOpensTheDescriptionToo() {
        // "woman" is no title: a kind of person or a gendered word ends the description as a role word does.
        assertSpeaker(extract(WIRE.formatted("One local woman, Sigrun Dahl,")), "the flank was thin", "Sigrun Dahl");
    }

    @Test
    void aDescriptionWithOfIsHeadedByTheWordBeforeIt() {
        // "union" is no person; "The chair of the harbour union" is headed by "chair".
        assertSpeaker(extract(WIRE.formatted("The chair of the harbour union, Kim Kolstad,")), "the flank was thin",
                "Kim Kolstad");
    }

    @Test
    void anAbbreviatedRankBeforeTheNameIsPartOfIt() {
        assertSpeaker(extract(WIRE.formatted("The former chief, Lt. Kim Kolstad,")), "the flank was thin", "Kim Kolstad");
    }

    @Test
    void aNameAfterAnOpeningPhraseIsNot() {
        assertSpeaker(extract(WIRE.formatted("In talks with Kim Kolstad, the ministers")), "the flank was thin",
                "The alliance's secretary-general");
    }
}
