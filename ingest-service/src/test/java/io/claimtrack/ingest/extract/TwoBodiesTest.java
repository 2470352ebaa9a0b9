package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-sixth round: "the two companies" of a merger are the two bodies their sentence names, as "A and B";
 * a business introduced by a definite apposition with a relative clause ("the grocery chain that ...") is one.
 */
class TwoBodiesTest {

    /** A merger's lede naming the buyer and its "rival", and the pair's joint statement. */
    private static final String RIVAL_BOUGHT = """
                Talmor Holdings to buy rival Osprey Air

                VANTRE, May 4 (Wirecast) - Talmor Holdings said on Monday it would buy smaller rival Osprey Air for 3 billion crowns.

                Osprey pilots will keep their seniority, the two companies said in a statement.
                """;

    @Test
    void theTwoCompaniesAreTheBodiesTheirSentenceNames() {
        AnnotatedDocument doc = extract("""
                Marrow Markets to sell 40 stores to Fenwick Foods

                HARBURY — Marrow Markets, the grocery chain, has agreed to sell 40 of its stores to Fenwick Foods Ltd. for about $300 million, the two companies said Tuesday.
                """);
        assertSpeaker(doc, "Marrow Markets, the grocery chain, has agreed to sell 40 of its stores to Fenwick Foods Ltd. for about $300 million",
                "Marrow Markets and Fenwick Foods Ltd");
    }

    @Test
    void oneBodyNamedLeavesTheTwoCompanies() {
        AnnotatedDocument doc = extract("""
                Marrow Markets to sell 40 stores

                HARBURY — Marrow Markets, the grocery chain that has sold groceries in the valley since 1951, has agreed to sell 40 of its stores for about $300 million, the two companies said Tuesday.
                """);
        assertSpeaker(doc, "Marrow Markets, the grocery chain that has sold groceries in the valley since 1951, has agreed to sell 40 of its stores for about $300 million",
                "the two companies");
    }

    @Test
    void theTwoCompaniesAreTheBodiesASentenceOrTwoBeforeNames() {
        AnnotatedDocument doc = extract("""
                Two ferry lines to merge

                Fjordway Lines and Coastlink Shipping, the two small operators that serve the outer islands, will merge next year.

                The two operators said on Friday that no crossings would be cut.

                Fjordway Lines' chief executive will lead the combined company.

                The companies said the new line would keep the Fjordway name.
                """);
        assertSpeaker(doc, "no crossings would be cut", "Fjordway Lines and Coastlink Shipping");
        assertSpeaker(doc, "the new line would keep the Fjordway name", "Fjordway Lines and Coastlink Shipping");
    }

    @Test
    void aBodysRivalIsTheOtherOfThePair() {
        AnnotatedDocument doc = extract(RIVAL_BOUGHT);
        assertSpeaker(doc, "Osprey pilots will keep their seniority", "Talmor Holdings and Osprey Air");
    }

    @Test
    void thePairNamedOnceStaysThePairParagraphsDown() {
        AnnotatedDocument doc = extract(RIVAL_BOUGHT + """

                The Harbour Ministry, which owns a fifth of Osprey, said it would not object.

                Talmor returned to profit last year after two years of losses.

                The companies said no routes would be cut before 2034.
                """);
        assertSpeaker(doc, "no routes would be cut before 2034", "Talmor Holdings and Osprey Air");
    }

    @Test
    void noPairNamedLeavesTheCompanies() {
        AnnotatedDocument doc = extract("""
                Ferry fares to rise

                The Harbour Ministry said on Friday that fares would rise in May.

                The companies said no crossings would be cut.
                """);
        assertSpeaker(doc, "no crossings would be cut", "The companies");
    }

    /**
     * Round 51: a competition decision's "The parties argued" are the two bodies of the deal its lede names ("A's proposed
     * acquisition of B"), paragraphs up, buyer first.
     */
    @Test
    void thePartiesAreTheTwoBodiesOfTheDealNamedAbove() {
        AnnotatedDocument doc = Pipeline.extract("""
                Regulator clears bus merger with conditions

                Orlen, 2 May 2036 - The Competition Board today approved Tarnwell Coaches' proposed acquisition of Brisk Bus Lines, subject to conditions.

                The Board found that the deal would have left one operator on nine routes.

                During its review, the Board heard from 300 passengers. Many riders told the Board that Brisk was the only bus to the hospital.

                The parties argued that Brisk had lost money for three years and could not go on alone.
                """);

        assertSpeaker(doc, "Brisk had lost money for three years and could not go on alone", "Tarnwell Coaches and Brisk Bus Lines");
    }

    /**
     * Round 56: "The two associations" of a guild and an association named together are the two bodies, each counted
     * plural of a body's head word as "the two companies" is; "the associations" uncounted stays open.
     */
    @Test
    void theTwoAssociationsAreTheTwoBodiesNamedBefore() {
        String text = """
                Market draws a crowd

                The Marsh Growers' Guild and the Valley Beekeepers' Association ran the stalls on Saturday.

                The two associations said they would ask the council for more tables.
                """;
        assertSpeaker(extract(text), "they would ask the council for more tables", "Marsh Growers' Guild and Valley Beekeepers' Association");
        assertSpeaker(extract(text.replace("The two associations", "The associations")), "they would ask the council for more tables",
                "The associations");
    }

    /** Round 56: two bodies read as one name across "and", under a wire's credit; the pair's statement read again. */
    @Test
    void twoBodiesJoinedByAndUnderAWireCreditAreThePair() {
        AnnotatedDocument doc = extract("""
                Tessaro, Valden to Merge in $4 Billion Rail Deal

                (Bloomberg) -- Tessaro Freight and Valden Rail agreed to merge in a cash deal worth about $4 billion, the companies said Monday.

                Tessaro shareholders will own 60% of the new company, according to the companies' joint statement. The founders have agreed to vote for it, according to the statement.
                """);

        assertSpeaker(doc, "Tessaro Freight and Valden Rail agreed to merge in a cash deal worth about $4 billion",
                "Tessaro Freight and Valden Rail");
        assertSpeaker(doc, "The founders have agreed to vote for it", "Tessaro Freight and Valden Rail");
    }

    /** Round 56: two names joined by "and", whatever kind their words made them, when the sentence names no body. */
    @Test
    void twoNamesJoinedByAndAreThePairWhenNoBodyIsNamed() {
        AnnotatedDocument doc = extract("""
                (Reuters) - Olsvik Lines and Brenner Maritime agreed to combine their ferry routes, the companies said on Friday.
                """);

        assertSpeaker(doc, "Olsvik Lines and Brenner Maritime agreed to combine their ferry routes", "Olsvik Lines and Brenner Maritime");
    }
}
