package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech around a cue. */
class ReportedSpeechStageTest {

    @Test
    void headlineWithSpeakerSays() {
        AnnotatedDocument doc = attribute("Mayor Lena Brandt says city will keep free buses\nThe council agreed.");

        assertEquals(List.of("Mayor Lena Brandt | city will keep free buses | says | indirect"), mentions(doc));
        Mention m = statement(doc, "city will keep free buses").mention;
        assertEquals("Mayor", m.role());
        assertEquals("Lena Brandt", m.name());
    }

    @Test
    void aListenerAskedAQuestionAfterTheFrontedClausesQuotationSaysNothing() {
        // The quotation is the fronted clause's "he warned"; "told Channel 4's morning show when asked about X" adds no words.
        assertMentions("After the mayor accused him of lying, he warned, \"If they want a fight, they will get one,\" Brandt told"
                        + " Channel 4's morning show when asked about the mayor.",
                "the mayor | him of lying | accused | indirect",
                "he | \"If they want a fight, they will get one,\" | warned | direct");
        // A "that" after the question still reports what was told.
        assertEquals(1, mentions(attribute("Brandt told Channel 4 when asked about the harbour that the ferry will stop in May.")).size());
    }

    @Test
    void reportedSpeechAfterCueVerbs() {
        assertMentions("""
                Pryce stressed that the bank was independent.
                Okafor denied that the vote had been split.
                The finance minister called on lenders to pass on the savings.
                The union warned that ferries would stay in port.
                """,
                "Pryce | the bank was independent | stressed | indirect",
                "Okafor | the vote had been split | denied | indirect",
                "The finance minister | lenders to pass on the savings | called on | indirect",
                "The union | ferries would stay in port | warned | indirect");
    }

    @Test
    void expressedHopeGivesTheHopedForContent() {
        AnnotatedDocument doc = attribute("Pryce expressed hope that growth would return next year.");

        assertEquals("Pryce", statement(doc, "growth would return next year").mention.text());
    }

    @Test
    void speakerAfterTheContent() {
        assertMentions("""
                Wages are rising too fast, said Pryce.
                Ferries will sail again on Friday, the union said on Tuesday.
                """,
                "Pryce | Wages are rising too fast | said | indirect",
                "the union | Ferries will sail again on Friday | said | indirect");
    }

    @Test
    void statementTypes() {
        assertMentions("""
                Brandt said the plan was “a betrayal of commuters” and would be scrapped.
                Brandt said the plan was costly.
                “It is over,” Brandt said.
                """,
                "Brandt | the plan was “a betrayal of commuters” and would be scrapped | said | mixed",
                "Brandt | the plan was costly | said | indirect",
                "Brandt | “It is over,” | said | direct");
    }

    @Test
    void nounBeforeTheCueIsPartOfTheSpeaker() {
        assertMentions("A leaked report said the convoys had been shelled.",
                "A leaked report | the convoys had been shelled | said | indirect");
    }

    @Test
    void shareOfPeopleAsSpeaker() {
        assertMentions("""
                About three in 10 said the ferry fares were too high.
                In the survey, 41 percent said the bridge should be tolled.
                More than half of the tenants say rents will keep rising.
                Only 12% say the council listens.
                """,
                "About three in 10 | the ferry fares were too high | said | indirect",
                "41 percent | the bridge should be tolled | said | indirect",
                "More than half of the tenants | rents will keep rising | say | indirect",
                "Only 12% | the council listens | say | indirect");
    }

    @Test
    void sharesOutOfTenHyphenatedFractionsAndHedgedShares() {
        assertMentions("""
                About four out of 10 commuters said the ferry was late.
                Two-thirds say the bridge should stay open.
                At least half of the tenants say rents are too high.
                As many as three-fourths of them tell pollsters the port is dirty.
                Majorities say the tolls must go.
                """,
                "About four out of 10 commuters | the ferry was late | said | indirect",
                "Two-thirds | the bridge should stay open | say | indirect",
                "At least half of the tenants | rents are too high | say | indirect",
                "As many as three-fourths of them | the port is dirty | tell | indirect",
                "Majorities | the tolls must go | say | indirect");
    }

    @Test
    void shareWithThePlaceOrPollItWasCountedIn() {
        assertMentions("""
                At least half of the tenants in each district say rents are too high.
                Sixty percent of commuters in the region said the ferry was late.
                Some 20 percent of people in a recent Harbour Times/Lund poll said the bridge should close.
                Three in 10 pilots across the four ports say the fees must go.
                """,
                "At least half of the tenants in each district | rents are too high | say | indirect",
                "Sixty percent of commuters in the region | the ferry was late | said | indirect",
                "Some 20 percent of people in a recent Harbour Times/Lund poll | the bridge should close | said | indirect",
                "Three in 10 pilots across the four ports | the fees must go | say | indirect");
    }

    @Test
    void quotationOpenedInTheContentRunsToItsEnd() {
        assertMentions("Brandt added that the plan was “a betrayal. Nobody asked the commuters. They will pay for it.”",
                "Brandt | the plan was “a betrayal. Nobody asked the commuters. They will pay for it.” | added | mixed");
    }

    @Test
    void agencyDatelineIsNoPartOfTheSpeaker() {
        assertMentions("BERLIN, March 12 (Wire) - Chancellor Ida Lang said on Wednesday that spending must rise.",
                "Chancellor Ida Lang | spending must rise | said | indirect");
    }

    @Test
    void titleCaseOrDateOnlyAgencyDatelineIsNoSpeakerOfAParticiple() {
        assertMentions("Port Alden (Wire) – Mayor Ida Lang on Monday toured the docks, warning that the quay was unsafe.",
                "Mayor Ida Lang | the quay was unsafe | warning | indirect");
        assertMentions("Nov 3 (Wire) - Senator Bo Lind on Monday closed his campaign, saying he was tired.",
                "Senator Bo Lind | he was tired | saying | indirect");
    }

    @Test
    void secondVerbOfTheSubject() {
        assertMentions("Union chairman Tomas Novak thanked the government but said that the money was late.",
                "Union chairman Tomas Novak | the money was late | said | indirect");
        assertMentions("The envoy said «we are ready to talk» and added that the West „must listen“.",
                "The envoy | «we are ready to talk» | said | direct",
                "The envoy | the West „must listen“ | added | mixed");
    }

    @Test
    void dottedAbbreviationInsideADescription() {
        assertMentions("The former U.S. senator said it was \"a mistake\" to wait.",
                "The former U.S. senator | it was \"a mistake\" to wait | said | mixed");
    }

    @Test
    void noiseLinesNeverBecomeStatements() {
        AnnotatedDocument doc = attribute("""
                WATCH: Minister says taxes will fall
                {{author}} said the story was updated.
                Foreign policyJohn SmithMary Jones
                Ferries will sail again, the union said.
                """);

        assertEquals(List.of("the union | Ferries will sail again | said | indirect"), mentions(doc));
    }

    @Test
    void aStatementFoundInsideAnotherBecomesNestedInIt() {
        AnnotatedDocument doc = attribute(
                "Footage shows that the ferry left on time, contradicting the operator's claim that it sailed late.");

        Attribution outer = statement(doc, "the ferry left on time, contradicting the operator's claim that it sailed late");
        assertEquals("Footage", outer.mention.text());
        assertEquals(true, statement(doc, "it sailed late").nested);
    }

    @Test
    void aCueAsAnInfinitiveAfterContinuesOrWentOn() {
        assertMentions("""
                Mayor Holm continues to insist that the ferry was never late.
                The harbour master went on to say that the quay would reopen.
                The pilots have begun to argue that the channel is unsafe.
                The minister was quick to point out that fares had fallen.
                """,
                "Mayor Holm | the ferry was never late | insist | indirect",
                "The harbour master | the quay would reopen | say | indirect",
                "The pilots | the channel is unsafe | argue | indirect",
                "The minister | fares had fallen | point out | indirect");
    }

    @Test
    void aNounAfterToIsNoInfinitive() {
        assertMentions("Dock workers have the right to protest the cuts, and the union replied to claims of waste.");
    }

    @Test
    void aProgressiveVerbOfSayingIsTheClauseVerb() {
        assertMentions("""
                Okafor is warning voters that a Holm victory would raise taxes.
                The campaign is defending its posts about the mayor.
                """,
                "Okafor | a Holm victory would raise taxes | warning | indirect",
                "The campaign | its posts about the mayor | defending | indirect");
    }

    @Test
    void reportedContentEndsAtASemicolonOrTheSubjectsNextClause() {
        assertMentions("""
                The council said the timing was not planned; the talks will resume in May.
                Holm described the fire as a tragedy, but stopped short of blaming the port.
                Lund said the plan was “bold; even brave” and would pass.
                """,
                "The council | the timing was not planned | said | indirect",
                "Holm | the fire as a tragedy | described | indirect",
                "Lund | the plan was “bold; even brave” and would pass | said | mixed");
    }

    @Test
    void reportedContentEndsBeforeTheSpeakersRefusalToSayMore() {
        assertMentions("""
                Mayor Holm said the levy would pass but did not say how much it would raise.
                The ferry operator said repairs were under way, but declined to provide a timeline.
                Lund said the audit was finished but wouldn't immediately give details.
                Okafor said the report was thorough but did not address the cost.
                The minister said the savings would go to wages, but she did not say by how much.
                The ferry operator said repairs had begun, but she declined on Monday to say when the ferry would sail.
                """,
                "Mayor Holm | the levy would pass | said | indirect",
                "The ferry operator | repairs were under way | said | indirect",
                "Lund | the audit was finished | said | indirect",
                "Okafor | the report was thorough | said | indirect",
                "The minister | the savings would go to wages | said | indirect",
                "The ferry operator | repairs had begun | said | indirect");
    }

    @Test
    void reportedContentEndsBeforeARefusalAfterAnd() {
        assertMentions("""
                Asked about the ferry, Holm said she would “back whoever keeps it running” and declined to say more.
                The harbour board said the pier was safe and refused to comment on the inspection.
                Lund said the toll would stay and would not say more.
                """,
                "Holm | she would “back whoever keeps it running” | said | mixed",
                "The harbour board | the pier was safe | said | indirect",
                // After "and" a negated auxiliary may be the reported subject's own: it stays.
                "Lund | the toll would stay and would not say more | said | indirect");
    }

    @Test
    void aRefusalInsideTheReportedClauseStaysContent() {
        assertMentions("Holm said the inspectors found cracks but did not close the bridge.",
                "Holm | the inspectors found cracks but did not close the bridge | said | indirect");
        // The refusal after a nested "told her" is the nested speaker's, inside what the outer speaker reported.
        List<String> found = mentions(attribute("Pike added that the driver told her he had seen the crash but could not give a description."));
        assertTrue(found.contains("Pike | the driver told her he had seen the crash but could not give a description | added | indirect"),
                found.toString());
    }

    @Test
    void nameSuffixBeforeTheCue() {
        assertMentions("Mayor Carl Brandt Jr. said the ferries would stay free.",
                "Mayor Carl Brandt Jr | the ferries would stay free | said | indirect");
    }

    @Test
    void nameSuffixBeforeARelativeClauseOrAnApposition() {
        // The suffix's period closes the name: a relative clause after it, or an inverted speaker's apposition.
        assertMentions("The remark drew a reply from Tomas Dunmore Sr., who suggested in a radio interview that the levy would pass.",
                "Tomas Dunmore Sr | the levy would pass | suggested | indirect");
        assertMentions("The levy will pass, said Tomas Dunmore Jr., a former aide to the mayor.",
                "Tomas Dunmore Jr | The levy will pass | said | indirect");
    }

    @Test
    void whatOneWarnsOfBoastsOrJokesAboutIsWhatWasSaidNoListener() {
        assertMentions("""
                Last month, the harbour pilots warned of a new kind of ticket fraud.
                Mayor Ada Lund boasted of a record season for the ferries. Tom Holm joked about the ferry's age.
                """,
                "the harbour pilots | a new kind of ticket fraud | warned of | indirect",
                "Mayor Ada Lund | a record season for the ferries | boasted of | indirect",
                "Tom Holm | the ferry's age | joked about | indirect");
    }

    @Test
    void aCompanysSuffixBeforeTheCueClosesItsName() {
        assertMentions("""
                Harbour Systems Inc. (NASDAQ: HRBS), a developer of ferry software, today announced that it had won \
                the pier contract.
                Bergen Ferry Co. said fares would rise. Nordic Hulls Ltd. on Monday said the order was late.
                """,
                "Harbour Systems Inc. (NASDAQ: HRBS), a developer of ferry software | it had won the pier contract | announced "
                        + "| indirect",
                "Bergen Ferry Co | fares would rise | said | indirect",
                "Nordic Hulls Ltd | the order was late | said | indirect");
    }

    @Test
    void anAmpersandBetweenCapitalisedWordsJoinsOneName() {
        assertMentions("""
                Harbour Gas & Electric said in a statement that power would return by Friday.
                The ferries were late again, Lund & Berg Shipping said.
                """,
                "Harbour Gas & Electric | power would return by Friday | said | indirect",
                "Lund & Berg Shipping | The ferries were late again | said | indirect");
    }

    @Test
    void documentWithItsAuthorAfterBy() {
        assertMentions("""
                A study by the port authority found the pier was unsafe.
                A survey conducted by the union showed that drivers were underpaid.
                """,
                "A study by the port authority | the pier was unsafe | found | indirect",
                "A survey conducted by the union | drivers were underpaid | showed | indirect");
    }

    @Test
    void moreVerbsOfSaying() {
        assertMentions("""
                Brandt made clear that the ferries would stay free.
                Vik decried the closure as a betrayal of the island.
                Holm echoed warnings that the pier was unsafe.
                Pryce repeated that the bank was independent.
                """,
                "Brandt | the ferries would stay free | made clear | indirect",
                "Vik | the closure as a betrayal of the island | decried | indirect",
                "Holm | the pier was unsafe | echoed | indirect",
                "Pryce | the bank was independent | repeated | indirect");
    }

    @Test
    void aVerbOfHowItWasSaidBeforeACoordinatedVerbGivesNoWords() {
        assertMentions("""
                The protester yelled and held up a banner. The pilots were clapping, chanting and waving flags. \
                The crowd chanted “Free ferries!” and waved flags.
                """,
                "The crowd | “Free ferries!” and waved flags | chanted | mixed");
    }

    /** Round 52: "woman" and "man" head a description that speaks, a place after them included ("A woman in X said"). */
    @Test
    void aWomanOrAManPlacedByAPrepositionSpeaks() {
        assertMentions("A woman in Dunmore said her two cows had drowned in the flood. A man from the valley told reporters "
                + "the road had been closed since Sunday.",
                "A woman | her two cows had drowned in the flood | said | indirect",
                "A man | the road had been closed since Sunday | told | indirect");
    }

    @Test
    void wordsADenialSaysWereNeverSaidAreNoStatement() {
        AnnotatedDocument doc = extract("""
                Mr. Kell denied that Ms. Vale had mentioned the leak or shown him the stain. He said the flat was dry in \
                March.
                """);

        assertEquals(List.of("Mr. Kell | Ms. Vale had mentioned the leak or shown him the stain | denied | indirect",
                "Mr. Kell | the flat was dry in March | said | indirect"), statements(doc));
    }

    /** Round 53: "I'll ask Chief X to answer that." hands a question on as "I will ask" does; nothing is said. */
    @Test
    void aContractedHandOverSaysNothing() {
        assertMentions("""
                The mayor took questions.

                I'll ask Chief Brodeur to answer that.
                """);
    }

    /** Round 54: "said A and that he expected B" is one statement; the second that-clause's cue opens none. */
    @Test
    void aSecondThatClauseIsTheSameStatement() {
        assertEquals(List.of("the blackout was \"unacceptable\" and that he expected \"answers by Friday.\""),
                Pipeline.contents(Pipeline.extract("""
                        Energy Minister Rufus Tallow said the blackout was "unacceptable" and that he expected "answers by \
                        Friday."
                        """)));
    }

    /** Round 60: a free relative ("Whoever cut the ferry's budget") is never a speaker. */
    @Test
    void aFreeRelativeIsNoSpeaker() {
        assertMentions("Whoever cut the ferry's budget wanted this town to wither.");
        assertMentions("Whatever the council decides, the mayor said the ferry would run.",
                "the mayor | the ferry would run | said | indirect");
    }
}
