package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "The company", "the agency": a description of an organisation the text named before (issue 10, class 1). */
class BodyDescriptionsTest {

    private static final String RECALL = """
            Nordwagen AG is recalling 50,000 vehicles over a brake fault. The carmaker said no accidents had been \
            reported.

            The company said the fault affected models built in 2024. It added that owners would get a letter.

            Regulators at the Federal Transport Authority opened a review. The agency said it had received 12 \
            complaints. The company said it would cooperate.
            """;

    private static String speakerOf(String content) {
        return statement(Pipeline.through(ResolutionStage.class, RECALL), content).speaker;
    }

    @Test
    void businessDescriptionIsTheCompanyNamedBefore() {
        assertEquals("Nordwagen AG", speakerOf("no accidents had been reported"));
        assertEquals("Nordwagen AG", speakerOf("the fault affected models built in 2024"));
        assertEquals("Nordwagen AG", speakerOf("owners would get a letter"));
    }

    @Test
    void oversightDescriptionIsTheBodyNamedBeforeNotTheCompany() {
        assertEquals("Federal Transport Authority", speakerOf("it had received 12 complaints"));
        assertEquals("Nordwagen AG", speakerOf("it would cooperate"));
    }

    /** A central bank is a regulator, by its name or in a text that calls it the central bank; a commercial bank is not. */
    @Test
    void aCentralBankIsTheRegulator() {
        String brief = """
                Central bank holds rates

                TOLVIK, May 4 (Wire) - The Bank of Norland's board on Thursday kept its main rate at 4%, the regulator \
                said in a statement.
                """;
        assertEquals("Bank of Norland", statement(Pipeline.through(ResolutionStage.class, brief),
                "The Bank of Norland's board on Thursday kept its main rate at 4%").speaker);
        String national = "The National Bank of Vestria cut its rate, a central bank's first cut in a year. Growth is slow, the regulator said.";
        assertEquals("National Bank of Vestria", statement(Pipeline.through(ResolutionStage.class, national), "Growth is slow").speaker);
        String reserve = "The Reserve Bank of Vestria raised its rate to 5%. Prices are still rising too fast, the regulator said.";
        assertEquals("Reserve Bank of Vestria",
                statement(Pipeline.through(ResolutionStage.class, reserve), "Prices are still rising too fast").speaker);
        // Guard: no central bank in the text, so "Bank of Holm" is a lender and the regulator someone else.
        String lender = "The Bank of Holm cut 200 jobs on Monday. The cuts broke no rules, the regulator said.";
        assertEquals("the regulator", statement(Pipeline.through(ResolutionStage.class, lender), "The cuts broke no rules").speaker);
    }

    @Test
    void aNameIntroducedByAWordForABusinessIsOne() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Ferry operator Nordlys Lines fell 4 percent on the Oslo exchange after it cut its forecast. The company \
                blamed the weak krone and higher fuel prices.

                Shares of retailer Solvik & Berg rose 2 percent after the company said sales had beaten its own target.
                """);
        assertEquals("Nordlys Lines", statement(doc, "the weak krone and higher fuel prices").speaker);
        assertEquals("Solvik & Berg", statement(doc, "sales had beaten its own target").speaker);
    }

    @Test
    void aNameIntroducedAsABusinessStaysOneWhereverItIsNamedAgain() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Shares in Oslo rose on Tuesday, while salmon producer Torvik Havbruk fell after a weak quarter.

                The krone firmed against the euro.

                Bond yields were little changed.

                Torvik Havbruk dropped 9 percent, its worst day since 2022. The company said sea lice had cut its \
                harvest by a fifth.
                """);
        assertEquals("Torvik Havbruk", statement(doc, "sea lice had cut its harvest by a fifth").speaker);
    }

    @Test
    void aRailroadAUtilityAndAnOwnerIntroduceABusiness() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Forty homes were evacuated near Tolvik on Monday after a freight train left the tracks, according to \
                the railroad, Nordbane Cargo. Two tank cars were leaking diesel, the company said.

                The building's owner, Granlund Eiendom, blamed a contractor for the cold. The company said a new \
                boiler would arrive on Friday.

                During the heat wave the power utility, Fjordkraft Nett, asked residents to run washing machines at \
                night. The utility said its grid was not at risk.
                """);
        assertEquals("Nordbane Cargo", statement(doc, "Two tank cars were leaking diesel").speaker);
        assertEquals("Granlund Eiendom", statement(doc, "a new boiler would arrive on Friday").speaker);
        assertEquals("Fjordkraft Nett", statement(doc, "its grid was not at risk").speaker);
    }

    @Test
    void aBusinessIntroducedParagraphsBeforeIsNotTheOneDescribed() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Last year the regulator fined shipping group Nordlys Lines for late reports.

                The index rose on Friday, led by miners.

                Farm stocks were flat, and Vestria Energy gained 1 percent.

                The company said it would raise its dividend.
                """);
        assertEquals("The company", statement(doc, "it would raise its dividend").speaker);
    }

    @Test
    void withoutAFittingNameTheDescriptionStays() {
        assertEquals("The company", statement(Pipeline.through(ResolutionStage.class,
                "The ministry met on Monday. The company said the plant would reopen.\n"),
                "the plant would reopen").speaker);
    }

    @Test
    void aNameEndingInFoodsOrMotorsIsABusinessTheCompanyDescribes() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Among individual stocks, Marlowe Foods fell 6% after it cut its forecast. The company said sales of \
                its frozen meals had slowed.

                Tarrow Motors gained 2%. The company said deliveries rose in May.
                """);
        assertEquals("Marlowe Foods", statement(doc, "sales of its frozen meals had slowed").speaker);
        assertEquals("Tarrow Motors", statement(doc, "deliveries rose in May").speaker);
    }
}
