package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
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

    /**
     * Round 59: a legal ending in lower case ("plc") stays out of the name's capitalised run, yet makes the name a
     * business's, though its first word is a first name ("Lorna"); "the company" is that business. Without the ending the
     * name stays no business.
     */
    @Test
    void aLowerCaseLegalEndingMakesTheNameABusiness() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Ruling 8/22: Request by Lorna Tidewell plc to raise harbour dues

                Lorna Tidewell asked on 4 May for a rise of a fifth. In its request, the company argued that its quays \
                were crumbling. It said that its dredging costs had tripled.
                """);
        assertEquals("Lorna Tidewell", statement(doc, "its quays were crumbling").speaker);
        assertEquals("Lorna Tidewell", statement(doc, "its dredging costs had tripled").speaker);
        assertEquals("the company", statement(Pipeline.through(ResolutionStage.class, """
                Lorna Tidewell asked on 4 May for a rise of a fifth. In its request, the company argued that its quays \
                were crumbling.
                """), "its quays were crumbling").speaker);
    }

    /**
     * "The company said" two thousand characters after the one business the story names ("Vestland Dairy Co."), past
     * a county, a farm office and a cooperative: that business.
     */
    @Test
    void aBusinessNamedFarBeforeIsTheCompanyWhenTheStoryNamesNoOther() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Vestland Dairy Co. to shut cheese plant

                By Kari Lund

                BERGVIK — Vestland Dairy Co. said on Tuesday that it would close its cheese plant in Sandnes next \
                year, cutting 140 jobs, after milk deliveries fell for a third year.

                Farmers in the valley have sold about a fifth of their herds since 2023, according to the county's \
                farm office, and the plant now runs at half its capacity.

                "We kept the plant open as long as we could," said Liv Haugen, who has managed the plant since 2011. \
                "There is not enough milk in this valley for two shifts any more."

                The county's mayor, Tor Rud, said the closing was "a hard blow" and that the county would ask the \
                state for money to retrain the workers. "Most of these people have never worked anywhere else," he \
                said. Rud said he had met the workers' representatives on Monday night and would meet them again on \
                Friday.

                Dairy farmers who still deliver to the plant will be able to sell their milk to the cooperative in \
                Tolvik, about 90 kilometres away, though the longer drive will raise their costs, farm office \
                director Eva Lunde said.

                The plant opened in 1962 and for decades bought milk from more than 300 farms along the fjord. Its \
                cheese won prizes at the national fair in 1988 and again in 1994, and for years its trucks were the \
                only traffic on the valley road before dawn.

                Workers at the plant learned of the closing at a meeting on Tuesday morning. Several said they had \
                expected cuts but not a closing. "We thought they would take away the night shift," said Per Olsen, \
                a machine operator who has worked at the plant for 31 years. "Nobody thought they would lock the \
                door."

                The farm office said the number of dairy farms in the county had fallen from 212 in 2015 to 97 this \
                year, as younger farmers moved to sheep or left farming altogether.

                The company said it would offer every worker a job at its larger plant in Tolvik.
                """);
        assertEquals("Vestland Dairy Co", statement(doc, "it would offer every worker a job at its larger plant in Tolvik").speaker);
    }

    /** "his club Sandvik Rovers" introduces a club: "the club said" the sentence after is that club. */
    @Test
    void aNameIntroducedByClubIsTheClub() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Berg out for six weeks

                OSLO, Dec 2 (Nordic Sports Wire) - Striker Jonas Berg will miss at least six weeks after tearing a \
                thigh muscle in Sunday's win over Tolvik, a blow to his club Sandvik Rovers in the race for the title.

                The 29-year-old, who has scored 11 goals this season, had scans on Monday that showed the tear, the \
                club said in a statement.
                """);
        assertEquals("Sandvik Rovers", statement(doc, "The 29-year-old, who has scored 11 goals this season, had scans on Monday that showed the tear").speaker);
    }

    /**
     * A team's name carries no word of its kind, only a plural nickname written after "the": "the team" in its
     * paragraph is the team the nickname names, in full ({@link TeamNames}).
     */
    @Test
    void theTeamIsTheNicknamedTeamOfItsParagraph() {
        AnnotatedDocument doc = Pipeline.extract("""
                Harlow Bay will build a new ballpark for the Harlow Bay Pelicans, the city's minor-league baseball club, \
                Mayor Ingrid Sorensen said on Friday.

                The Pelicans, who moved to the city in 1994, drew fewer than 3,000 fans a night last summer. The team \
                blames the old grandstand, which has no roof.

                The Pelicans will open the new park in April 2031, the team said.
                """);
        assertEquals("Harlow Bay Pelicans", statement(doc, "the old grandstand, which has no roof").speaker);
        assertEquals("Harlow Bay Pelicans", statement(doc, "The Pelicans will open the new park in April 2031").speaker);
    }

    /** "the team" of researchers near no nickname stays the description. */
    @Test
    void aTeamNearNoNicknameStaysTheTeam() {
        AnnotatedDocument doc = Pipeline.extract("""
                Researchers at a coastal station counted fewer gulls this spring than in any year since 1990.

                The team said the fall matched a decline in the sand eels the birds feed on.
                """);
        assertEquals("The team", statement(doc, "the fall matched a decline in the sand eels the birds feed on").speaker);
    }

    /**
     * "the main opposition alliance said" before the text names "the opposition Freedom Front alliance": the one body a
     * definite phrase opens with the description's words; not a body a relative clause follows ("a network Lindmark
     * has financed"), nor for "a new alliance", someone new.
     */
    @Test
    void aDescriptionIsTheBodyTheTextNamesWithItsWords() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ruling party heads for win in Tarsland; opposition alleges fraud

                VELT, May 3 (Tellus) - Tarsland's ruling Unity Party was on course to win a majority in Sunday's \
                election, but the main opposition alliance said the vote had been rigged.

                The Unity Party had 55% and the opposition Freedom Front alliance 30%, the election commission said.

                A new alliance said it would field candidates next year. It is a network Lindmark has financed. The \
                network said it would grow.
                """);
        Pipeline.assertSpeaker(doc, "fraud", "Freedom Front");
        Pipeline.assertSpeaker(doc, "the vote had been rigged", "Freedom Front");
        Pipeline.assertSpeaker(doc, "it would field candidates next year", "A new alliance");
        Pipeline.assertSpeaker(doc, "it would grow", "The network");
    }

    /** Round 41, AC class A.1: a body named once, then "the fund" or "the company's report". */
    private static String speakerIn(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    @Test
    void theFundIsTheInvestorTheTextIntroducedAsOne() {
        assertEquals("Tollway Capital", speakerIn("""
                Brenmoor Mills faces a revolt from shareholders. Its largest holder, the asset manager Tollway Capital, \
                wants the board replaced. In a letter on Tuesday, the fund said the directors had "lost the room".
                """, "the directors had \"lost the room\""));
        // Guard: a body no word made an investor is not the fund.
        assertEquals("the fund", speakerIn("""
                Brenmoor Mills faces a revolt from shareholders. In a letter on Tuesday, the fund said the directors \
                had failed.
                """, "the directors had failed"));
    }

    @Test
    void aDocumentOfTheCompanySpeaksForTheCompanyItDescribes() {
        assertEquals("Pelloway Foods", speakerIn("""
                Pelloway Foods cut its forecast on Thursday. The company's quarterly report warns that feed costs \
                could rise.
                """, "feed costs could rise"));
        // Guard: no business named, so the report stays the description's.
        assertEquals("company", speakerIn("""
                Feed prices rose again on Thursday. The company's quarterly report warns that costs could rise.
                """, "costs could rise"));
    }

    /** A name whose later word is a business's names one, though the name reader took it for no body (issue 10, set AM's A2). */
    @Test
    void aNameWithABusinessWordIsTheUtilityOrTheCompany() {
        String storm = """
                Crews ready for ice storm

                Harrow Bay Power & Light said in a statement that it had moved extra line workers to the coast.

                "Freezing rain is hard on our wires," the utility said.
                """;
        assertEquals("Harrow Bay Power & Light", statement(Pipeline.through(ResolutionStage.class, storm),
                "\"Freezing rain is hard on our wires,\"").speaker);
        // Guard: a person's name that ends in a business's word is no business.
        String person = """
                Samantha Power, the county's emergency manager, said on Monday that shelters were open.

                "Freezing rain is hard on our wires," the utility said.
                """;
        assertEquals("the utility", statement(Pipeline.through(ResolutionStage.class, person),
                "\"Freezing rain is hard on our wires,\"").speaker);
    }

    /** A bank named in its own language ("Banque", "Banca", "Banco") is the bank a later "the bank" describes. */
    @Test
    void aBankNamedInItsOwnLanguageIsTheBank() {
        String text = """
                Norvella's central bank cut its main rate on Friday.

                The Banque Nationale de Norvella set the new rate at 3% in a statement released at noon. Lending will grow \
                again by the summer, the bank said.
                """;
        assertEquals("Banque Nationale de Norvella",
                statement(Pipeline.through(ResolutionStage.class, text), "Lending will grow again by the summer").speaker);
    }

    /**
     * "the Carver, Ostland-based company": a place adjective, and the places listed before it, name no one; the phrase
     * is the speaker's from its article, and describes the business named before.
     */
    @Test
    void aBusinessDescribedByWhereItIsBasedIsTheBusinessNamedBefore() {
        String text = """
                Brindlewood Tools Inc. cut its outlook on Monday.

                Sales this year will be $2.1 billion, the Carver, Ostland-based company said in a statement. Analysts had \
                expected more.

                Orders will pick up in the spring, the Ostland-based toolmaker added.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, text);
        Attribution sales = statement(doc, "Sales this year will be $2.1 billion");
        assertEquals("Brindlewood Tools Inc", sales.speaker);
        assertEquals("the Carver, Ostland-based company", sales.mention.text());
        // Guard: a description no business word heads keeps its own words.
        assertEquals("the Ostland-based toolmaker", statement(doc, "Orders will pick up in the spring").speaker);
    }

    /** Round 49: "the gallery" is the gallery the lede names, not its director quoted next ("gallery director NAME"). */
    @Test
    void aGalleryDescribedIsTheGalleryNotItsDirector() {
        AnnotatedDocument doc = Pipeline.extract("""
                Gallery returns masks to Talun

                KELBY, Norland, March 3, 2034 (AFP) - The Harwick Gallery of Art on Friday returned nine carved masks \
                taken from Talun in 1911.

                The masks will be flown home next week, the gallery said.

                "They were never ours," gallery director Petra Lund said at the ceremony.

                For decades, the museum and the gallery kept the masks in storage. The gallery maintained that they had \
                been bought from a dealer.
                """);
        assertEquals("Harwick Gallery of Art", statement(doc, "The masks will be flown home next week").speaker);
        assertEquals("Petra Lund", statement(doc, "\"They were never ours,\"").speaker);
        assertEquals("Harwick Gallery of Art", statement(doc, "they had been bought from a dealer").speaker);
    }

    /** Round 50: a name the text sets after "the auction house" is the house's, though its words read as a person's. */
    @Test
    void theAuctionHouseIsTheNameItWasSetBefore() {
        AnnotatedDocument doc = Pipeline.extract("""
                Vase sets record in Tollby

                TOLLBY (AFP) - A Ming vase sold for 30 million euros on Friday, the auction house Brandt Voss said.

                The buyer was not named.

                According to the auction house, the vase was found in a barn.
                """);
        Pipeline.assertSpeaker(doc, "the vase was found in a barn", "Brandt Voss");
    }

    /**
     * Round 51: "the health authority" after "Fjordvik Health" is that body (its name gives no kind, a word of it is the
     * description's modifier), and "the authority's own figures" further on reads that description again.
     */
    @Test
    void aBodyDescribedByAWordOfItsNameIsThatBodyAndSoIsItsHeadAlone() {
        AnnotatedDocument doc = Pipeline.extract("""
                Island clinic to close its beds

                The clinic on Tarra Island will stop admitting patients overnight from July, Fjordvik Health announced                 on Monday.

                The health authority said the change would be reviewed in the winter.

                Ferries to the mainland run twice a day in summer.

                According to the authority's own figures, the clinic admitted four patients a week last year.
                """);
        Pipeline.assertSpeaker(doc, "the change would be reviewed in the winter", "Fjordvik Health");
        Pipeline.assertSpeaker(doc, "the clinic admitted four patients a week last year", "Fjordvik Health");
    }

    /** Round 55: "The dockworkers' union, Harbour Alliance," introduces a union that "The union" then stands for. */
    @Test
    void aUnionIntroducedByAppositionIsTheUnion() {
        AnnotatedDocument doc = extract("""
                The dockworkers' union, Harbour Alliance, rejected the offer as an insult. The union said its members \
                would vote on Monday.
                """);
        assertSpeaker(doc, "its members would vote on Monday", "Harbour Alliance");
    }

    /**
     * Round 55: "Shares in Orvane" makes "Orvane Copper" a business, which the headline's "company", the lede's "the
     * network's operator" and a far "the company" stand for; not the union the text names.
     */
    @Test
    void aTradedShortNameMakesItsFullNameTheCompany() {
        AnnotatedDocument doc = extract("""
                Trains halted across the east, company says

                VELM, May 2 (Reuters) - Trains halted across the east on Friday after a signal fault, the network's \
                operator said.

                Orvane Copper said in a statement that engineers had found the fault.

                The rail workers' union, Tessa Line, said it had warned of the fault in March.

                Shares in Orvane fell 4%. Analysts said the delay could cost millions.

                Was the fault foreseeable? Engineers said signal faults are hard to predict.

                Passengers waited at stations across the region for most of the day.

                Trains would run again by Sunday, the company said.
                """);
        assertSpeaker(doc, "Trains halted across the east", "Orvane Copper");
        assertSpeaker(doc, "Trains halted across the east on Friday after a signal fault", "Orvane Copper");
        assertSpeaker(doc, "Trains would run again by Sunday", "Orvane Copper");
    }

    /** Round 58: a deck's "Rating agency" is the rating agency the lede names, whose name calls it by its trade. */
    @Test
    void aDecksRatingAgencyIsTheAgencyTheLedeNames() {
        AnnotatedDocument doc = extract("""
                Varnholm Loses Top Grade at Brennick as Debt Climbs

                - Rating agency sees deficit near 6% of output next year
                - Treasury calls cut 'hasty'

                By Ilona Marsh-Adeyemi

                (Halyard) -- Varnholm lost its top credit grade after Brennick Sovereign Ratings cut the country's debt by one \
                notch, citing a budget that no longer aims at balance.

                The agency said in a statement that the outlook was stable.
                """);
        assertSpeaker(doc, "deficit near 6% of output next year", "Brennick Sovereign Ratings");
        assertSpeaker(doc, "the outlook was stable", "Brennick Sovereign Ratings");
    }

    /**
     * Round 61: a name ending in "Systems" or "Technologies" is a business's, so "company" in a deck and "a report the
     * company published" are it.
     */
    @Test
    void aSystemsOrTechnologiesNameIsABusinesssThatTheCompanyDescribes() {
        AnnotatedDocument doc = extract("""
                Quillon Drone Systems Recalls 4,000 Crop Sprayers

                - Battery packs overheated in field tests, company says

                By Petra Oyelowo-Strand

                (Halyard) -- Quillon Drone Systems recalled 4,000 crop-spraying drones after battery packs overheated in \
                field tests, Quillon said in a statement.

                An earlier fault, in 2039, was traced to a cracked rotor arm, according to a report the company published at \
                the time. Fennick Grid Technologies supplies the packs. The company said the cells met every standard.
                """);
        assertSpeaker(doc, "Battery packs overheated in field tests", "Quillon Drone Systems");
        assertSpeaker(doc, "An earlier fault, in 2039, was traced to a cracked rotor arm", "Quillon Drone Systems");
        assertSpeaker(doc, "the cells met every standard", "Fennick Grid Technologies");
    }
}
