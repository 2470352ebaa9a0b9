package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 49: the press's or a trade's name for a thing is a term in use; a person's own naming stays a statement. */
class CoinedTermsTest {

    @Test
    void aNameThePressOrATradeGivesIsNoStatement() {
        assertMentions("""
                The return revived what local papers call the "mask affair". Stores lost what the industry calls \
                "leakage" at twice the usual rate, in what the press has dubbed the Ferry Wars.
                """);
    }

    @Test
    void aPersonsOwnNamingStaysAStatement() {
        assertMentions("""
                The levy is what Mayor Tova Lind calls "a raid on the pension fund".
                """,
                "Mayor Tova Lind | \"a raid on the pension fund\" | calls | direct");
    }

    /** Round 52: a nickname a place's people give a building is a term in use, not their statement. */
    @Test
    void aLocalNicknameIsNoStatement() {
        assertMentions("""
                The mill, a 1912 brick building that locals call "the Castle," will become a museum, the mayor said.
                """,
                "the mayor | The mill, a 1912 brick building that locals call \"the Castle,\" will become a museum | said | mixed");
        assertMentions("""
                The levy is a measure that critics call "a raid on savers."
                """,
                "critics | \"a raid on savers.\" | call | direct");
    }
}
