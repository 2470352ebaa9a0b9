package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * "Ada Lund, a Liberal who has refused to endorse Holm, said ...": a relative clause inside an apposition ends at the
 * apposition's closing comma or dash when the cue of the name before it follows, so that cue keeps its statement.
 */
class AppositiveRelativeTest {

    @Test
    void theRelativeInsideAnAppositionEndsBeforeTheNamesCue() {
        assertMentions("""
                Governor Ada Lund of Bergen, a Liberal who has refused to endorse Mr. Holm, said the ferry deserved better.
                """,
                "Liberal | to endorse Mr. Holm | refused | indirect",
                "Governor Ada Lund of Bergen | the ferry deserved better | said | indirect");
        assertMentions("""
                Tom Berg, a former harbour aide who supported a strong pier policy, said the mayor "understood he couldn't win."
                """,
                "a former harbour aide | a strong pier policy | supported | indirect",
                "Tom Berg | the mayor \"understood he couldn't win.\" | said | mixed");
    }

    @Test
    void aDashedAppositionEndsAtItsClosingDash() {
        assertMentions("""
                Ada Lund -- a member of the harbour caucus who now wants Holm removed from it -- said she had heard that account.
                """,
                "a member of the harbour caucus | Holm removed from it | wants | indirect",
                "Ada Lund | she had heard that account | said | indirect");
    }

    @Test
    void aQuotationMayCloseTheRelativeBeforeTheCue() {
        assertMentions("Ada Lund, a Liberal who calls the mayor a “menace,” said she does not trust the plan.",
                "Liberal | the mayor a “menace,” | calls | mixed",
                "Ada Lund | she does not trust the plan | said | indirect");
    }
}
