package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A quotation inside an aside set off by dashes: the dash closes the aside, so no speaker follows the quotation. */
class DashAsideQuotationTest {

    @Test
    void theSubjectBeforeTheDashesSaysBoth() {
        assertMentions("Sundstrom - who called the levy \"a tax on tides\" - said the town would pay twice.",
                "Sundstrom | the levy \"a tax on tides\" | called | mixed",
                "Sundstrom | the town would pay twice | said | indirect");
    }

    @Test
    void aSpeakerAfterTheQuotationWithNoDashStillSpeaks() {
        assertMentions("\"The tides will not wait,\" harbour master Ilse Varga said.",
                "harbour master Ilse Varga | \"The tides will not wait,\" | said | direct");
    }
}
