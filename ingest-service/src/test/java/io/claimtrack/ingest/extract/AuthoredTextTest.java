package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 49: a text written, named by its determiner in a who-clause, is authorship; words written stay statements. */
class AuthoredTextTest {

    @Test
    void aTextWrittenInAWhoClauseIsNoStatement() {
        assertMentions("""
                "We were never asked," said Councillor Ivy Lane, who wrote the bylaw. Ana Berg, who has written the \
                club's rules, voted no.
                """,
                "Councillor Ivy Lane | \"We were never asked,\" | said | direct");
    }

    @Test
    void wordsWrittenInAWhoClauseStayStatements() {
        assertMentions("""
                Tom Hale, who wrote that the pier plan was flawed, resigned on Monday.
                """,
                "Tom Hale | the pier plan was flawed | wrote | indirect");
    }
}
