package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle of saying and whose statement it opens or rounds off. */
class ParticipleClauseTest {

    @Test
    void gerundCues() {
        assertMentions("""
                The ministry published the plan, with spokesman Per Olsen telling reporters it was fair.
                Lang pushed back, saying the figures were wrong.
                Minister Boris Dahl, speaking to reporters in Oslo, said the talks would resume.
                """,
                "spokesman Per Olsen | it was fair | telling | indirect",
                "Lang | the figures were wrong | saying | indirect",
                "Minister Boris Dahl | the talks would resume | said | indirect");
    }

    /** Issue 9, round 57: "for" and a participle inside the sentence's opening noun phrase is part of its subject. */
    @Test
    void aParticipleAfterForInsideTheOpeningSubjectSaysNothing() {
        assertMentions("""
                Information note: The next scheduled date for announcing the tariff is May 2, 2041.
                The deadline for submitting comments on the ferry plan is Friday.
                Nils Vang was praised for saying the ferry was unsafe.
                """,
                "Nils Vang | the ferry was unsafe | saying | indirect");
    }

    @Test
    void aParticipleAfterAnExceptionIsTheSubjectsStatement() {
        assertMentions("""
                Mayor Ruth Aske refuses to discuss the new pilots, aside from saying she wants a younger crew.
                Oskar Brandt would not name the buyers beyond saying that they came from Bergen.
                Tove Lind gave few details, apart from saying the ferry would sail in May.
                The judge barred the pilot from saying where the boat sank.
                """,
                "Mayor Ruth Aske | she wants a younger crew | saying | indirect",
                "Oskar Brandt | they came from Bergen | saying | indirect",
                "Tove Lind | the ferry would sail in May | saying | indirect");
    }

    @Test
    void aParticipleAfterAnExceptionEndsTheContentOfACueBeforeIt() {
        assertMentions("""
                Hanne Moe has offered few plans for the harbour, aside from stating that the pier was too short.
                Per Holt has offered no dates for the ferry other than stating that the boats were late.
                """,
                "Hanne Moe | few plans for the harbour | offered | indirect",
                "Hanne Moe | the pier was too short | stating | indirect",
                "Per Holt | no dates for the ferry | offered | indirect",
                "Per Holt | the boats were late | stating | indirect");
    }

    /** Round 58: the time a medium came out stands between it and the participle ("a report on Monday saying"). */
    @Test
    void aTimeAfterThePublishedMediumKeepsItsMakerAsTheSpeaker() {
        assertMentions("""
                The Ossk Bar Council published a report on Monday saying that detainees were denied lawyers.
                Two tenant groups issued a report last week claiming that rents rose 9 percent.
                """,
                "The Ossk Bar Council | detainees were denied lawyers | saying | indirect",
                "Two tenant groups | rents rose 9 percent | claiming | indirect");
    }

    @Test
    void aParticipleClauseAfterAStatementIsAStatementOfTheSameSpeaker() {
        assertMentions("""
                Holm said the fares were fair, adding that buses would follow.
                “We need change,” the mayor said, arguing that the port needs a new owner.
                """,
                "Holm | the fares were fair | said | indirect",
                "Holm | buses would follow | adding | indirect",
                "the mayor | “We need change,” | said | direct",
                "the mayor | the port needs a new owner | arguing | indirect");
    }

    @Test
    void anInfinitiveAfterGoingOnToOpensAStatementAsTheParticipleWould() {
        assertMentions("""
                Mayor Ada Lund praised the new pier, going on to say that the town would build two more.
                “The pier is safe,” Holm said, going on to criticize the council for its delays.
                """,
                "Mayor Ada Lund | the new pier | praised | indirect",
                "Mayor Ada Lund | the town would build two more | say | indirect",
                "Holm | “The pier is safe,” | said | direct",
                "Holm | the council for its delays | criticize | indirect");
    }

    @Test
    void aParticipleAfterAnInvertedCuesSpeakerHasThatSpeaker() {
        assertMentions("""
                “We need steady hands,” said Ada Lund, a former mayor of the town, referring to the harbour board.
                “The ferry stays,” added spokesman Tor Vik, adding that the fares would fall.
                """,
                "Ada Lund | “We need steady hands,” | said | direct",
                "Ada Lund | the harbour board | referring to | indirect",
                "spokesman Tor Vik | “The ferry stays,” | added | direct",
                "spokesman Tor Vik | the fares would fall | adding | indirect");
    }

    @Test
    void aCueInsideTheParticiplesContentDoesNotMakeItAnAside() {
        assertMentions("Senator Ann Holm scoffed at the delay, saying anyone who complains about buses \u201cnever rides them.\u201d",
                "Senator Ann Holm | anyone who complains about buses \u201cnever rides them.\u201d | saying | mixed");
    }

    @Test
    void anAdverbBeforeTheParticipleKeepsTheSubjectAsSpeaker() {
        assertMentions("The mayor closed the bridge on Friday, even suggesting the dam had been neglected.",
                "The mayor | the dam had been neglected | suggesting | indirect");
    }

    @Test
    void anAdverbInsideAProgressiveLeavesItFinite() {
        assertMentions("""
                Party leaders are increasingly admitting that they are nervous about the ferry.
                Ola Berg has been steadily pounding Lund as a “con artist.”
                Mayor Lund is quietly saying the pier is safe.
                """,
                "Party leaders | they are nervous about the ferry | admitting | indirect",
                "Ola Berg | Lund as a “con artist.” | pounding | mixed",
                "Mayor Lund | the pier is safe | saying | indirect");
    }

    @Test
    void aParticipleAfterTheCuesAdverbialHasTheCuesSpeaker() {
        assertMentions("\"We must keep the ferries,\" she said in the council chamber, stressing that fares would stay low.",
                "she | \"We must keep the ferries,\" | said | direct",
                "she | fares would stay low | stressing | indirect");
    }

    @Test
    void aTimeBetweenTheMediumAndTheParticipleLeavesTheSubjectAsSpeaker() {
        assertMentions("The harbour board issued a statement Wednesday saying that the ferries would stay free.",
                "The harbour board | the ferries would stay free | saying | indirect");
    }

    @Test
    void aParticipleAfterTheMediumInTheCuesAdverbialHasTheCuesSpeaker() {
        assertMentions("\"We will get there,\" she said at a news conference announcing that the port would be sold.",
                "she | \"We will get there,\" | said | direct",
                "she | the port would be sold | announcing | indirect");
    }

    @Test
    void aParticipleThatOnlyRoundsOffTheStatementStaysInIt() {
        assertMentions("The mayor questioned the cost of the bridge, calling it wasteful.",
                "The mayor | the cost of the bridge, calling it wasteful | questioned | indirect");
    }

    @Test
    void aReasonCitedOrANameQuotedAfterTheCommaIsAStatementOfItsOwn() {
        assertMentions("""
                Mayor Ada Lund endorsed the pier plan, citing its low cost.
                Holm attacked the board, calling it “a club for insiders.”
                The pilots said the quay was too short, pointing to the new ferries.
                Holm denied the claim through a spokesman, dismissing Lund as “a bitter rival.”
                """,
                "Mayor Ada Lund | the pier plan | endorsed | indirect",
                "Mayor Ada Lund | its low cost | citing | indirect",
                "Holm | the board | attacked | indirect",
                "Holm | it “a club for insiders.” | calling | mixed",
                "The pilots | the quay was too short | said | indirect",
                "The pilots | the new ferries | pointing to | indirect",
                "Holm | the claim through a spokesman | denied | indirect",
                "Holm | Lund as “a bitter rival.” | dismissing | mixed");
    }

    /** Round 58: a pledge's infinitive after the comma is a statement of its own, as a reason cited is. */
    @Test
    void aPledgeAfterTheCommaIsAStatementOfItsOwn() {
        assertMentions("""
                Candidate Ola Brisk told a rally in Dunmore that she would make ferry subsidies her first bill, promising to "fight for every crossing."
                The union condemned the offer, vowing to strike again in May.
                """,
                "Candidate Ola Brisk | she would make ferry subsidies her first bill | told | indirect",
                "Candidate Ola Brisk | to \"fight for every crossing.\" | promising | mixed",
                "The union | the offer | condemned | indirect",
                "The union | to strike again in May | vowing | indirect");
    }

    @Test
    void anOpeningAdverbialOfTimeIsNotTheParticiplesSpeaker() {
        assertMentions("""
                Early in her first term, Mayor Lund attacked the board, saying it had failed the town.
                Ever since the vote, Holm has been a fierce critic, accusing the board of waste.
                """,
                "Mayor Lund | the board | attacked | indirect",
                "Mayor Lund | it had failed the town | saying | indirect",
                "Holm | the board of waste | accusing | indirect");
    }

    @Test
    void aLongOpeningPhraseOfCircumstanceIsNotTheParticiplesSpeaker() {
        assertMentions("""
                In response to Vik's proposal to bar ferries from entering the harbour, Lund's deputy rallied supporters, saying the town must stop him.
                Amid calls from some to build websites that would name the pilots, Ada Lund defended the plan, saying it is needed to protect the town.
                """,
                "Lund's deputy | the town must stop him | saying | indirect",
                "Ada Lund | the plan | defended | indirect",
                "Ada Lund | it is needed to protect the town | saying | indirect");
    }

    @Test
    void aParticipleBeforeAClauseWithoutThatOpensAStatementOfItsOwn() {
        assertMentions("""
                The mayor criticised the ferry timetable, noting she had waited an hour on Monday.
                The pilots sought an injunction against the port, claiming the new pier would block the channel.
                The mayor questioned the plan, calling the bridge a waste of money.
                """,
                "The mayor | the ferry timetable | criticised | indirect",
                "The mayor | she had waited an hour on Monday | noting | indirect",
                "The pilots | an injunction against the port | sought | indirect",
                "The pilots | the new pier would block the channel | claiming | indirect",
                "The mayor | the plan, calling the bridge a waste of money | questioned | indirect");
    }

    @Test
    void participleCoordinatedWithAnotherAfterAndIsAStatementOfItsOwn() {
        assertMentions("""
                The mayor spoke for an hour, mocking the council and pointedly saying the port was unsafe.
                Holm and Berg clashed on Friday, each touting a record and saying the other lacks judgment.
                """,
                "The mayor | the council | mocking | indirect",
                "The mayor | the port was unsafe | saying | indirect",
                "Holm and Berg | the other lacks judgment | saying | indirect");
    }

    @Test
    void aCoordinatedParticipleReportingSomethingOfItsOwnStandsApartAfterQuotationsCommasAndBut() {
        assertMentions("""
                Then he cut into Vik, calling him a “stiff” and accusing him of acting like a “spoiled child.”
                Lund pushed back on Thursday, saying the bill had the right parts - and arguing that she and Vik agreed.
                Holm had the air of a winner, noting that he would be endorsed on Friday by a rival, the captain Ola Vik, and suggesting that more pilots were joining.
                Berg spoke on Saturday night, describing the pilot's son as a hero but insisting that Mr. Khan had no right to attack him.
                Holm backed off his plans, dialing back the fare cuts, for example, and proposing new limits on the quay.
                """,
                "he | him a “stiff” | calling | mixed",
                "he | him of acting like a “spoiled child.” | accusing | mixed",
                "Lund | the bill had the right parts | saying | indirect",
                "Lund | she and Vik agreed | arguing | indirect",
                "Holm | he would be endorsed on Friday by a rival, the captain Ola Vik | noting | indirect",
                "Holm | more pilots were joining | suggesting | indirect",
                "Berg | the pilot's son as a hero | describing | indirect",
                "Berg | Mr. Khan had no right to attack him | insisting | indirect");
    }

    @Test
    void aParticipleAfterAndSharesTheLeadOfTheOneBeforeIt() {
        assertMentions("""
                Holm answered the post by calling Vik “dopey” and accusing him of buying the council.
                Lund closed the meeting by thanking the crews and adding that she knew who should pay for the quay.
                Berg praised Vik for calling the quay unsafe and warning that it could close.
                """,
                "Holm | Vik “dopey” | calling | mixed",
                "Holm | him of buying the council | accusing | indirect",
                "Lund | she knew who should pay for the quay | adding | indirect",
                // After "for" the one praised did the saying: no statement of the subject's.
                "Berg | Vik for calling the quay unsafe and warning that it could close | praised | indirect");
    }

    @Test
    void aParticipleClauseOpeningTheSentenceEndsAtItsCommaAndTheSubjectAfterItSpeaks() {
        assertMentions("""
                After saying he was tired, the captain went home early.
                After saying the quay was “too short for the new ferries,” she left the meeting.
                """,
                "the captain | he was tired | saying | indirect",
                "she | the quay was “too short for the new ferries,” | saying | mixed");
    }

    @Test
    void aParticipleAfterBeforeOrWhileHasTheSpeakerOfTheCueBeforeIt() {
        assertMentions("""
                “I trust him with the pier,” the harbour master said, before clarifying that the board would decide.
                “You don't win the vote by how many ferries you run,” Lund responded before adding that she will need the island.
                """,
                "the harbour master | “I trust him with the pier,” | said | direct",
                "the harbour master | the board would decide | clarifying | indirect",
                "Lund | “You don't win the vote by how many ferries you run,” | responded | direct",
                "Lund | she will need the island | adding | indirect");
    }

    @Test
    void aParticipleOfSayingOpeningTheSentenceIsTheSubjectsStatement() {
        assertMentions("""
                Noting that only two pilots voted with the board, Lund said the quay would stay shut.
                Claiming the ferry inquiry is designed to silence the union, Berg told the Harbour Post that the vote was rigged.
                """,
                "Lund | only two pilots voted with the board | Noting | indirect",
                "Lund | the quay would stay shut | said | indirect",
                "Berg | the ferry inquiry is designed to silence the union | Claiming | indirect",
                "Berg | the vote was rigged | told | indirect");
        // Where or when it was said, or a condition: no statement of its own.
        assertMentions("Speaking on his radio show last week, Vik said the ferry was late.",
                "Vik | the ferry was late | said | indirect");
        assertMentions("Assuming the board stays in office, Ola Berg would pick the next harbour master.");
    }

    @Test
    void aShortAdverbialAfterAnInvertedCuesSpeakerKeepsThatSpeaker() {
        assertMentions("“You have to feed the gulls,” said harbour master Ola Berg during the second board meeting, suggesting that she had seen the birds.",
                "harbour master Ola Berg | “You have to feed the gulls,” | said | direct",
                "harbour master Ola Berg | she had seen the birds | suggesting | indirect");
    }

    @Test
    void aParticipleClauseAfterALeadOfMannerOpeningTheSentenceIsTheSubjectsStatement() {
        assertMentions("""
                In defending himself and his record, Lund stayed calm.
                Since announcing in October that he would not run, Berg has been a loyal pilot.
                In addition to stating that the pier is unsafe, Holm has closed it.
                Instead of calling himself a pilot, Vik stayed at home.
                """,
                "Lund | himself and his record | defending | indirect",
                "Berg | he would not run | announcing | indirect",
                "Holm | the pier is unsafe | stating | indirect",
                "Vik | himself a pilot | calling | indirect");
        // When or to whom it was said is no object: nothing was reported.
        assertMentions("""
                In responding Friday, the board closed the pier.
                In talking to reporters on Monday, Holm looked past the winter.
                """);
    }

    @Test
    void aParticipleAfterAQuotationsListenerOrThePartyOfItsSpeakerHasThatSpeaker() {
        assertMentions("""
                “We need steady hands,” Lund told AIPAC, referring to the harbour master.
                “Nothing you can do, folks,” Berg told a harbour rally, saying the board would close the pier.
                “It’s not new in Vestby,” said Rep. Ola Vik (D-Va.) at the time, adding that the pilots knew it.
                """,
                "Lund | “We need steady hands,” | told | direct",
                "Lund | the harbour master | referring to | indirect",
                "Berg | “Nothing you can do, folks,” | told | direct",
                "Berg | the board would close the pier | saying | indirect",
                "Rep. Ola Vik | “It’s not new in Vestby,” | said | direct",
                "Rep. Ola Vik | the pilots knew it | adding | indirect");
    }

    @Test
    void aDashSetsAParticipleOffAsACommaDoes() {
        assertMentions("Ada Lund flipped her choice on the spot – saying she was rooting for the north pier.",
                "Ada Lund | she was rooting for the north pier | saying | indirect");
        // A participle between two dashes before the sentence's own cue is an aside.
        assertMentions("Minister Dahl – speaking to reporters in Oslo – said the talks would resume.",
                "Minister Dahl | the talks would resume | said | indirect");
    }

    /**
     * A medium before a participle speaks when nobody in the sentence made it ("received 911 calls saying"); when a
     * verb made it, that verb's subject speaks through it ("made several statements affirming").
     */
    @Test
    void aMediumBeforeAParticipleSpeaksUnlessItsMakerIsTheSubject() {
        assertMentions("""
                The harbour police received 911 calls saying shots had been fired at the quay.
                Dock workers carried placards demanding a new contract.
                Mayor Lund made several statements affirming that the ferry would stay.
                The harbour union placed newspaper ads calling the merger a mistake.
                """,
                "911 calls | shots had been fired at the quay | saying | indirect",
                "placards | a new contract | demanding | indirect",
                "Mayor Lund | the ferry would stay | affirming | indirect",
                "The harbour union | the merger a mistake | calling | indirect");
    }

    /**
     * Issue 9, round 55: a medium before where it was put out ("posts on social media saying", "messages on WhatsApp
     * claiming") speaks with its place; "the people on the ferry saying" has no medium.
     */
    @Test
    void aMediumOnAPlatformBeforeAParticipleSpeaks() {
        assertMentions("""
                The Emergency Office is aware of posts on social media saying that the bridges will close at noon.
                The Water Board has seen messages on WhatsApp claiming that the tap water was unsafe.
                """,
                "posts on social media | the bridges will close at noon | saying | indirect",
                "messages on WhatsApp | the tap water was unsafe | claiming | indirect");
    }

    @Test
    void aParticipleAfterALongSubjectsStatementIsThatSpeakersOwn() {
        assertMentions("""
                The lawyer for the tenants of a building damaged by fire called Monday for the release of all inspection reports, saying the city's account of the fire was wrong.
                """,
                "The lawyer | the release of all inspection reports | called Monday for | indirect",
                "The lawyer | the city's account of the fire was wrong | saying | indirect");
    }

    /**
     * Round 49: "Letter from X expressing concern about Y" in minutes' correspondence: the sender speaks through the
     * letter its participle follows; a participle's topic after a cue of two words ("expressing concern about") is
     * what was said.
     */
    @Test
    void aLettersSenderSpeaksThroughTheParticipleAfterIt() {
        AnnotatedDocument doc = Pipeline.extract("""
                5. CORRESPONDENCE
                5.2 Letter from the Harbour Vale Nurses' Union expressing concern about night staffing at the school clinics.
                Received for information.
                """);
        assertEquals(List.of("Harbour Vale Nurses' Union | about night staffing at the school clinics | expressing concern | indirect"),
                Pipeline.statements(doc));
    }

    /** Round 61: a count inside the first participle's words ("about 400 growers") still joins the second to it. */
    @Test
    void aCountInTheFirstParticiplesWordsStillJoinsTheSecond() {
        assertMentions("""
                Premier Osric Vallance-Ume closed the fair on Sunday, telling a crowd of about 400 growers that the levy would go and promising that the grain road would be paved by 2041.
                """,
                "Premier Osric Vallance-Ume | the levy would go | telling | indirect",
                "Premier Osric Vallance-Ume | the grain road would be paved by 2041 | promising | indirect");
    }
}
