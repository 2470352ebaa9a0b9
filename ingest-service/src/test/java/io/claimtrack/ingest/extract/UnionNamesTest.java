package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round: "the union" of a labour body whose name ends in another word ("Guild", "Federation",
 * "Brotherhood"), set off by dashes, or named only below the lede that describes it ({@link UnionNames},
 * {@link ApposedName}, {@code BodyDescriptions.ahead}).
 */
class UnionNamesTest {

    @Test
    void aGuildOrFederationOfATradeIsTheUnion() {
        AnnotatedDocument doc = extract("""
                Teachers walk out in Corvel

                The Corvel Teachers Federation said on Monday that talks had failed. The union said the strike would last a week.

                The Kelm Porters' Brotherhood said the porters would join. The union said it had 300 members.
                """);
        assertSpeaker(doc, "the strike would last a week", "Corvel Teachers Federation");
        assertSpeaker(doc, "it had 300 members", "Kelm Porters' Brotherhood");
    }

    /** A federation or an association of no trade is no union: "the union" stays as it is. */
    @Test
    void aFederationOfNoMembersIsNoUnion() {
        AnnotatedDocument doc = extract("""
                Museum borrows paintings

                The Varn Federation lent three paintings to the museum. The union said the loan was welcome.
                """);
        assertSpeaker(doc, "the loan was welcome", "The union");
    }

    @Test
    void aLedesUnionIsTheOneNamedBelowBetweenDashes() {
        AnnotatedDocument doc = extract("""
                Dockers to stop work at Pellam port

                PELLAM, March 3 (Halyard) - Dockers at the port of Pellam will stop work for a day on Friday, their union said.

                The dockers' union — the Pellam Harbour Workers Guild — said the port's offer of 2% was an insult.
                """);
        assertSpeaker(doc, "Dockers at the port of Pellam will stop work for a day on Friday", "Pellam Harbour Workers Guild");
        assertSpeaker(doc, "the port's offer of 2% was an insult", "Pellam Harbour Workers Guild");
    }

    /** A clause between dashes names nobody: the description stays. */
    @Test
    void aClauseBetweenDashesIsNoName() {
        AnnotatedDocument doc = extract("""
                Ferry firm cuts routes

                The company — which has 400 staff — said jobs were safe.
                """);
        assertSpeaker(doc, "jobs were safe", "The company");
    }
}
