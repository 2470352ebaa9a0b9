package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Where reported content starts and ends around its cue. */
class ContentBoundaryTest {

    @Test
    void aThatOfTheContentsOwnVerbStaysInTheContent() {
        assertMentions("""
                Brandt said he thought that the ferries were late.
                Holm says it underscores that the council is unfit.
                A spokesman said Brandt hopes that the next mayor will keep the buses.
                """,
                "Brandt | he thought that the ferries were late | said | indirect",
                "Holm | it underscores that the council is unfit | says | indirect",
                "A spokesman | Brandt hopes that the next mayor will keep the buses | said | indirect");
    }

    @Test
    void anAdjunctPhraseOfAnyLengthBeforeThatIsNoContent() {
        assertMentions("""
                Holm said in an interview with the Harbour Gazette newspaper last week that the ferries would stay free.
                Berg wrote in one of a series of posts on the council website that the pier was unsafe.
                Lund said at a forum in Bergen on Tuesday morning that the toll was legal.
                """,
                "Holm | the ferries would stay free | said | indirect",
                "Berg | the pier was unsafe | wrote | indirect",
                "Lund | the toll was legal | said | indirect");
    }

    @Test
    void aParticipleOfTheAdjunctsNounBeforeThatIsNoContent() {
        assertMentions("""
                Holm said in an emailed statement that the ferries would stay free.
                Berg wrote in a March 3 letter obtained by the Harbour Gazette that the pier was unsafe.
                Lund said at a briefing that the toll was legal.
                Vik said on Monday the company reported that profits fell.
                """,
                "Holm | the ferries would stay free | said | indirect",
                "Berg | the pier was unsafe | wrote | indirect",
                "Lund | the toll was legal | said | indirect",
                "Vik | the company reported that profits fell | said | indirect");
    }

    @Test
    void theMediumsAddresseeAParticiplesDateOrARelativeTimeBeforeThatIsNoContent() {
        assertMentions("""
                The fund argued in a letter to investors in May that the mill should be sold.
                The coast guard said in a report released yesterday that the patrols had doubled.
                Holm answered the following morning that the ferry would keep its timetable.
                """,
                "The fund | the mill should be sold | argued | indirect",
                "The coast guard | the patrols had doubled | said | indirect",
                "Holm | the ferry would keep its timetable | answered | indirect");
    }

    @Test
    void aDemonstrativeThatBeforeANounThatSumsUpWhatWasSaidStaysInTheContent() {
        assertMentions("""
                Holm said that assumption was wrong.
                The union called that argument “a fairy tale.”
                Berg said that inflation was rising.
                """,
                "Holm | that assumption was wrong | said | indirect",
                "The union | that argument “a fairy tale.” | called | mixed",
                "Berg | inflation was rising | said | indirect");
    }

    @Test
    void aWiresDateAndNameInBracketsAreNoContent() {
        assertMentions("""
                Harbour to close for a week

                BERGEN. March 3 (Nordwire) - The harbour will close for a week, the port authority said.

                Ferries to run on Sunday

                BERGEN. March 3 (Nordwire) - Ferries will run on Sunday, the operator said.
                """,
                "the port authority | The harbour will close for a week | said | indirect",
                "the operator | Ferries will run on Sunday | said | indirect");
    }

    @Test
    void aThatBeforeATimeIsADemonstrativeNoComplementiser() {
        assertMentions("""
                Holm told reporters that day that the ferry would run.
                Berg said that evening that the pier was safe.
                Lund said that this plan would fail.
                """,
                "Holm | the ferry would run | told | indirect",
                "Berg | the pier was safe | said | indirect",
                "Lund | this plan would fail | said | indirect");
    }

    @Test
    void aPronounWithItsContractedVerbOpensTheContentsOwnClause() {
        assertMentions("""
                Pilots said it’s important that the quay close before winter.
                Lind said she's sure that the ferry will sail.
                """,
                "Pilots | it’s important that the quay close before winter | said | indirect",
                "Lind | she's sure that the ferry will sail | said | indirect");
    }

    @Test
    void afterToldAPronounThatIsAnObjectFormTooIsTheListener() {
        assertMentions("""
                Brandt told you that the ferries were late.
                Holm says you know that the council is unfit.
                """,
                "Brandt | the ferries were late | told | indirect",
                "Holm | you know that the council is unfit | says | indirect");
    }

    @Test
    void aCommaAfterThatOpensNoContent() {
        assertMentions("Lund said that, in his view, the quay was unsafe.",
                "Lund | in his view, the quay was unsafe | said | indirect");
    }

    @Test
    void aThatAfterTheCuesObjectNounModifiesIt() {
        assertMentions("""
                Lind said the long delays that come with winter hurt the port.
                The captain disputes the idea that the ship was late.
                """,
                "Lind | the long delays that come with winter hurt the port | said | indirect",
                "The captain | the idea that the ship was late | disputes | indirect");
    }

    @Test
    void aThatBeforeAFiniteVerbIsTheContentsSubjectOrOpensARelativeClauseOnTheObject() {
        assertMentions("""
                The harbour board said that was not its view.
                Holm proposed new fares that would end the winter discount.
                Lind said that the ferries were late.
                """,
                "The harbour board | that was not its view | said | indirect",
                "Holm | new fares that would end the winter discount | proposed | indirect",
                "Lind | the ferries were late | said | indirect");
    }

    @Test
    void aTimeClauseAfterTheCueOfARelativeClauseSaysOnlyWhen() {
        assertMentions("""
                Several pilots have complained about the ferries. That was what Ada Lund said when she resigned from the board in May.

                It was a defeat which Holm conceded when the polls closed.

                Holm said when she arrived the pier was closed.
                """,
                // A complaint with a noun object is a position taken (thirty-eighth round); "said when" is no content.
                "Several pilots | the ferries | complained about | indirect",
                "Holm | when she arrived the pier was closed | said | indirect");
    }

    @Test
    void aTimeWordOpeningAClauseIsItsSubjectNotAnAdverbial() {
        assertMentions("""
                Dockers say this is a rough patch.
                Holm said today was the worst day.
                Brandt said this week.
                """,
                "Dockers | this is a rough patch | say | indirect",
                "Holm | today was the worst day | said | indirect");
    }

    @Test
    void aFrontedAdverbialAloneIsNotWhatWasSaid() {
        assertMentions("""
                During the two-hour meeting, the harbour master refused to answer.
                When the ferry docked, the captain refused to leave.
                In May, the pier closed for repairs, officials said.
                """,
                "officials | In May, the pier closed for repairs | said | indirect");
    }

    @Test
    void wordsBeforeASubjectWhoseCueGoesOnWithAnInfinitiveAreNoContent() {
        assertMentions("""
                This spring, the mayor has sought to calm the ferry crews.
                And yet, across the islands, voters want to keep the old pier.
                The pier will close in May, the mayor said to reporters.
                """,
                "the mayor | The pier will close in May | said | indirect");
    }

    @Test
    void theOneToldIsNoPartOfWhatWasToldWithoutThat() {
        assertMentions("""
                Brandt told reporters the ferries will stay free.
                Holm told him the port was closing.
                Lind told the crowd at the pier the fares will fall.
                Vik told residents not to drink the water.
                Brekke told reporters on Thursday.
                """,
                "Brandt | the ferries will stay free | told | indirect",
                "Holm | the port was closing | told | indirect",
                "Lind | the fares will fall | told | indirect",
                "Vik | residents not to drink the water | told | indirect");
    }

    @Test
    void aSingularListenerAfterADeterminerEndsWhereTheToldClausesSubjectBegins() {
        assertMentions("""
                Marta Lind told the harbour council she had moved twice in three years.
                The ferry captain told the court his crew had been paid late.
                Per Holm told a news conference they would sail on Monday.
                Vik told her deputy the pier was safe.
                Brandt told the head of the union the pier was safe.
                """,
                "Marta Lind | she had moved twice in three years | told | indirect",
                "The ferry captain | his crew had been paid late | told | indirect",
                "Per Holm | they would sail on Monday | told | indirect",
                "Vik | the pier was safe | told | indirect",
                "Brandt | the head of the union the pier was safe | told | indirect");
    }

    @Test
    void theOneAParticipleTellsIsNoContentAndTheStatementBeforeEndsBeforeTheParticiple() {
        assertMentions("""
                Brandt spoke for an hour at the pier, telling his aides he would run again.
                Lind said the fares would rise, telling reporters, “We have no choice.”
                """,
                "Brandt | he would run again | telling | indirect",
                "Lind | the fares would rise | said | indirect",
                "Lind | “We have no choice.” | telling | direct");
    }

    @Test
    void aNamedListenerEndsWhereWhatWasToldVisiblyBegins() {
        assertMentions("""
                Brandt told the Harbour Gazette last week he would run again.
                Holm told Nordic Radio host Eva Lind, “The pier is safe.”
                Lind told Channel Four: “The fares will fall.”
                Vik told Per Berg she was leaving.
                """,
                "Brandt | he would run again | told | indirect",
                "Holm | “The pier is safe.” | told | direct",
                "Lind | “The fares will fall.” | told | direct",
                "Vik | she was leaving | told | indirect");
    }

    @Test
    void aDeterminerAfterANamedListenerOpensWhatWasTold() {
        assertMentions("""
                Holm told the Harbour Gazette the pier is safe.
                Berg told Nordic Radio a new ferry would come in May.
                """,
                "Holm | the pier is safe | told | indirect",
                "Berg | a new ferry would come in May | told | indirect");
    }

    @Test
    void aCountedListenerIsNoContentAndItsHedgeNoTopic() {
        assertMentions("""
                Oda Fenwick spoke at the depot on Friday, telling about 300 drivers that the night routes would close.
                Per Askeland told some 40 reporters that the levy was dead.
                Rune Tollef spoke for an hour, telling nearly 2,000 delegates the alliance had run its course.
                Siri Brekk told 12 fishermen the quota would hold.
                """,
                "Oda Fenwick | the night routes would close | telling | indirect",
                "Per Askeland | the levy was dead | told | indirect",
                "Rune Tollef | the alliance had run its course | telling | indirect",
                "Siri Brekk | the quota would hold | told | indirect");
    }

    @Test
    void capitalisedWordsFollowedByAVerbAreTheToldClausesSubject() {
        assertMentions("""
                Holm told reporters Ola Berg closed the pier.
                Brandt told Ola Berg’s crew the pier was closed.
                """,
                "Holm | Ola Berg closed the pier | told | indirect",
                "Brandt | Ola Berg’s crew the pier was closed | told | indirect");
    }

    @Test
    void theToOfReferToIsPartOfTheCueNotOfWhatWasSaid() {
        assertMentions("""
                Brandt referred to the old ferry as a floating ruin.
                Holm refers to the toll as theft.
                """,
                "Brandt | the old ferry as a floating ruin | referred to | indirect",
                "Holm | the toll as theft | refers to | indirect");
    }

    @Test
    void aTimeMediumOrListenerBeforeThatIsStillSkipped() {
        assertMentions("""
                Lind said this week that the fares will rise.
                Okafor told reporters that the pier will close.
                Brekke told him that the toll will stay.
                Holm said in a statement that the bridge is safe.
                """,
                "Lind | the fares will rise | said | indirect",
                "Okafor | the pier will close | told | indirect",
                "Brekke | the toll will stay | told | indirect",
                "Holm | the bridge is safe | said | indirect");
    }

    @Test
    void onlyATimeBeforeTheNextClauseIsNotWhatWasSaid() {
        assertMentions("""
                The union responded Friday, saying the fares were fair.
                Holm said late on Tuesday; the pier stayed closed.
                """,
                "The union | the fares were fair | saying | indirect");
    }

    @Test
    void aClauseOfMannerOrTimeAloneAfterTheCueIsNotWhatWasSaid() {
        assertMentions("""
                The captain responded as if he had been insulted by the whole harbour board.
                Holm said as she left the pier after the long meeting on Monday.
                Lind said as she introduced the mayor, “The toll stays.”
                """,
                "Lind | as she introduced the mayor, “The toll stays.” | said | mixed");
    }

    @Test
    void aMediumFollowedOnlyByItsAddresseeIsNotWhatWasSaid() {
        assertMentions("""
                “We need him at home,” his sister, Ana Holm, wrote in a letter to the court.

                Holm wrote in a letter the toll will stay.
                """,
                "his sister, Ana Holm | “We need him at home,” | wrote | direct",
                "Holm | the toll will stay | wrote | indirect");
    }

    @Test
    void aDurationAfterTheCueBeforeItsThatIsWhenNotATopic() {
        assertMentions("""
                Lund has warned for years that the pier would flood.
                The pilots have argued for the past two years that the quay is too short.
                Holm has insisted for some time that the fares will fall.
                Berg warned for hours about the storm.
                """,
                "Lund | the pier would flood | warned | indirect",
                "The pilots | the quay is too short | argued | indirect",
                "Holm | the fares will fall | insisted | indirect");
    }

    @Test
    void aOneWordAsideAfterTheContentsSubjectLeavesItsVerbUninverted() {
        assertMentions("""
                Mayor Ada Lund said she, too, wants a second pier.
                The pilots said Berg, however, wants the quay closed.
                """,
                "Mayor Ada Lund | she, too, wants a second pier | said | indirect",
                "The pilots | Berg, however, wants the quay closed | said | indirect");
    }

    @Test
    void aNameMayModifyTheNounOfTheOneTold() {
        assertMentions("""
                Mayor Ada Lund told a Harbour Union gathering in Bergen she will protect the ferries.
                “Nothing you can do, folks,” Holm told a North Harbour rally, saying Berg would “close the quay.”
                """,
                "Mayor Ada Lund | she will protect the ferries | told | indirect",
                "Holm | “Nothing you can do, folks,” | told | direct",
                "Holm | Berg would “close the quay.” | saying | mixed");
    }

    @Test
    void anAsideBetweenDashesBeforeTheCuesThatIsNotSaid() {
        assertMentions("His campaign chairman Ola Berg said — on Twitter, as it happens — that the pier raised $4 million that day.",
                "His campaign chairman Ola Berg | the pier raised $4 million that day | said | indirect");
    }

    @Test
    void aBareDayAfterTheCueDatesTheClauseThatFollows() {
        assertMentions("""
                The mayor said Tuesday the pier was safe.
                Lund said Wednesday night she was leaving.
                """,
                "The mayor | the pier was safe | said | indirect",
                "Lund | she was leaving | said | indirect");
        // When and where only: what was said is elsewhere.
        assertMentions("Flynn said Thursday morning on Fox News.");
    }

    @Test
    void whatADescriptionCallsItsObjectStartsAfterAs() {
        assertMentions("""
                Holm said the pilots had worked through the storm, which she described as the worst in a decade.
                Berg said the ferry would stop at Lund, which he described as “the last free harbour on the coast.”
                Lund left the match with what the club described as a knee strain.
                """,
                "Holm | the pilots had worked through the storm | said | indirect",
                "she | the worst in a decade | described | indirect",
                "Berg | the ferry would stop at Lund | said | indirect",
                "he | “the last free harbour on the coast.” | described | direct",
                "the club | a knee strain | described | indirect");
    }

    @Test
    void theNarratorsParticipleAfterATrailingCuesDayIsNoContent() {
        assertMentions("""
                Brask Foods will shut its bakery in Tolvik by March, the company said Thursday, ending 300 jobs in a town where it has baked since 1961.
                The ferry will stop at Lund, Holm said on Monday, leaving the island without a crossing for the first time.
                """,
                "the company | Brask Foods will shut its bakery in Tolvik by March | said | indirect",
                "Holm | The ferry will stop at Lund | said | indirect");
        assertMentions("The Harbour Party won the vote, Holm said Monday, ending ten years of rule, and the mayor resigned.",
                "Holm | The Harbour Party won the vote | said | indirect");
        // Between the cue's commas the participle goes on with what was said.
        assertMentions("The council is playing games, they say, delaying the vote on the pier.",
                "they | The council is playing games, they say, delaying the vote on the pier | say | indirect");
    }
}
