package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.speakerOf;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct quotations next to their cue. */
class QuoteCueStageTest {

    /** Round 58: a bare plural no list of groups holds speaks the quotation before it, as it speaks reported words. */
    /**
     * Round 61: "'Q': X say B", a headline's quotation before a colon whose speakers then report a clause of their own:
     * two statements, the quotation (no cue) and what the cue reports; a topic after the cue leaves the quotation its.
     */
    @Test
    void aQuotationBeforeAColonAndACueWithItsOwnClauseAreTwoStatements() {
        assertMentions("'We are staying put': Owners of Quill Lane bakery say they will rebuild after flood",
                "Owners of Quill Lane bakery | 'We are staying put' |  | direct",
                "Owners of Quill Lane bakery | they will rebuild after flood | say | indirect");
        assertMentions("'The deck tilted in seconds': passengers recount Morrow Sound ferry fire",
                "passengers | 'The deck tilted in seconds' | recount | direct");
    }

    @Test
    void aBarePluralAfterTheQuotationIsItsOpenGroup() {
        assertMentions("The pier warden was \"the man who signed everything,\" dockhands say.",
                "dockhands | The pier warden was \"the man who signed everything,\" | say | mixed");
        assertMentions("\"She never missed a tide,\" skippers said.",
                "skippers | \"She never missed a tide,\" | said | direct");
    }

    /** Round 61: words quoted inside a clause go on with it; the phrase after them is its object, no speaker. */
    @Test
    void aQuotationInsideAClauseLeavesTheWordsAfterItNoSpeaker() {
        assertMentions("The farmers' league said the ministry had \"thrown away\" the region's harvest subsidies defending the quota.",
                "The farmers' league | the ministry had \"thrown away\" the region's harvest subsidies defending the quota | said | mixed");
        assertMentions("The quay was \"finished,\" the harbour master said.",
                "the harbour master | The quay was \"finished,\" | said | mixed");
    }

    /**
     * Round 60: in a headline's clause after a semicolon, a quotation and one bare noun before a verb in the present
     * ("baker warns", "parent says") are the noun's quotation, the clause before the semicolon no part of it; the
     * body below names the speaker.
     */
    @Test
    void aHeadlinesQuotationAfterASemicolonIsItsBareNounsOwn() {
        AnnotatedDocument doc = Pipeline.extract("""
                Quarry road to shut for repairs; 'My lorries will lose an hour a day,' haulier warns

                By Ines Darrow-Okonjo
                Ledger staff writer

                The Quarry Road bridge will shut for eight weeks from March, county engineer Pavo Lindqvist-Eze said.

                Mette Adisa-Fromm, a haulier who runs nine lorries from the quarry, said: "My lorries will lose an hour \
                a day."
                """);

        assertEquals("Mette Adisa-Fromm", speakerOf(doc, "'My lorries will lose an hour a day,'"));
        assertMentions("\"Call the roll,\" came shouts from the floor.");
        assertMentions("The tram was late again; it was \"a farce,\" Edda Morrow-Quist said.",
                "Edda Morrow-Quist | it was \"a farce,\" | said | mixed");
    }

    @Test
    void directQuotesWithTheCueBeforeOrAfterAndTheSpeakerOnEitherSide() {
        AnnotatedDocument doc = attribute("""
                Governor Alan Pryce said: “Inflation is cooling, but not fast enough.”
                «We will not rush,» said deputy governor Ruth Okafor.
                'Markets overreacted,' Pryce added.
                "Rates stay where they are," the governor told reporters.
                """);

        assertEquals(List.of(
                "Governor Alan Pryce | “Inflation is cooling, but not fast enough.” | said | direct",
                "deputy governor Ruth Okafor | «We will not rush,» | said | direct",
                "Pryce | 'Markets overreacted,' | added | direct",
                "the governor | \"Rates stay where they are,\" | told | direct"), mentions(doc));
        Mention okafor = statement(doc, "«We will not rush,»").mention;
        assertEquals("deputy governor", okafor.role());
        assertEquals("Ruth Okafor", okafor.name());
    }

    @Test
    void quotationAcrossSentencesAndParagraphsIsOneStatement() {
        AnnotatedDocument doc = attribute("""
                “The talks are frozen. Neither side will blink first,” said Swiss diplomat Eva Lund.

                “Both delegations have left the city.

                “They may return in May,” she added.
                """);

        assertEquals(List.of(
                "Swiss diplomat Eva Lund | “The talks are frozen. Neither side will blink first,” | said | direct",
                "she | “Both delegations have left the city.\n\n“They may return in May,” | added | direct"),
                mentions(doc));
    }

    @Test
    void quotationInsideASentenceMakesAMixedStatement() {
        assertMentions("The plan was \"a betrayal of commuters,\" Brandt said.",
                "Brandt | The plan was \"a betrayal of commuters,\" | said | mixed");
    }

    @Test
    void wordsQuotedAtTheEndOfAnOpeningParticipleClauseLeaveTheCueItsOwnContent() {
        // The clause before the subject is no quotation's sentence: what follows the cue is said.
        assertMentions("Calling the ferry contract \"a disaster,\" Councilwoman Ines Falk urged the board to start over.",
                "Councilwoman Ines Falk | the board to start over | urged | indirect");
        assertMentions("Describing the levy as \"unfair,\" Falk said the harbour board should drop it.",
                "Falk | the harbour board should drop it | said | indirect");
        // With nothing after the cue, the quotation and its clause stay what was said.
        assertMentions("The ferry contract was \"a disaster,\" Falk said.",
                "Falk | The ferry contract was \"a disaster,\" | said | mixed");
    }

    @Test
    void wordsQuotedAtTheEndOfAnOpeningPrepositionalPhraseLeaveTheCueItsOwnContent() {
        assertMentions("In an interview with \"Harbour Live,\" Mayor Ines Falk pointed to the mill as the culprit.",
                "Mayor Ines Falk | the mill as the culprit | pointed to | indirect");
        // A quotation after the phrase's comma is a clause of its own, said by the speaker after it.
        assertMentions("After the vote, \"there is a sense of urgency,\" Falk said, noting that donors were nervous.",
                "Falk | After the vote, \"there is a sense of urgency,\" | said | mixed",
                "Falk | donors were nervous | noting | indirect");
    }

    @Test
    void aQuotationClosingAFrontedClauseWithItsOwnCueIsThatCuesContent() {
        assertMentions("Although Lars Ekvall admitted that the quay had been \"shut for weeks,\" he claimed the ferries never stopped.",
                "Lars Ekvall | the quay had been \"shut for weeks,\" | admitted | mixed",
                "he | the ferries never stopped | claimed | indirect");
    }

    @Test
    void abbreviatedTitlesAndDoubledApostrophes() {
        assertMentions("''There's a lot of new complexity,'' said Mr. Burman.",
                "Mr. Burman | ''There's a lot of new complexity,'' | said | direct");
    }

    @Test
    void signedQuotation() {
        assertMentions("“The river decides, not us.” ― Mara Lind\n",
                "Mara Lind | “The river decides, not us.” |  | direct");
    }

    @Test
    void verbOpeningTheSentenceBeforeItsSpeakerAndQuotation() {
        assertMentions("""
                Said Lena Brandt, who grew up by the harbour, “We were all proud of the ferry.”
                Says Vik: “The clinics will open.”
                """,
                "Lena Brandt | “We were all proud of the ferry.” | Said | direct",
                "Vik | “The clinics will open.” | Says | direct");
    }

    @Test
    void continuedWithACommaBeforeAQuotation() {
        assertMentions("""
                Brandt continued, “Nobody asked the commuters.”
                Fares continued, as expected, to rise.
                """,
                "Brandt | “Nobody asked the commuters.” | continued | direct");
    }

    @Test
    void quotationThenANameWithAsidesThenTheCue() {
        assertMentions("“We will appeal,” Anna Holm, 54, a lawyer from Oslo, told reporters.",
                "Anna Holm | “We will appeal,” | told | direct");
    }

    @Test
    void quotationThenADescriptionWithTheNameAsAsideThenTheCue() {
        assertMentions("""
                “The toll will go,” the harbour spokesman, Ola Berg, told Radio North.
                “We need him,” his wife, Ana Lund, wrote in a letter to the court.
                """,
                "the harbour spokesman, Ola Berg | “The toll will go,” | told | direct",
                "his wife, Ana Lund | “We need him,” | wrote | direct");
    }

    @Test
    void aVerbInARelativeAsideAfterTheSpeakerIsNotTheQuotationsCue() {
        // "asked not to be named" is the terms of speaking, no statement (WireAndReadoutTest.theTermsOfSpeakingAreNoStatement).
        assertMentions("“We will rebuild the pier,” one fisherman, who asked not to be named, said.",
                "one fisherman | “We will rebuild the pier,” | said | direct");
    }

    @Test
    void aQuotationThatEndsAnAsideLeavesTheVerbAfterItToTheSubject() {
        assertMentions("""
                Ola Vik, citing “the unique magic of the port,” said he would stay.
                Mr. Holm, citing ''the charm of the old ferry,'' said the boat could be saved.
                Ada Lund, who calls the mayor a “menace,” said she doesn’t trust the plan.
                Mr. Berg, who has called the toll ''plain theft,'' portrayed the mayor as a passing storm.
                """,
                "Ola Vik | “the unique magic of the port,” | citing | direct",
                "Ola Vik | he would stay | said | indirect",
                "Mr. Holm | ''the charm of the old ferry,'' | citing | direct",
                "Mr. Holm | the boat could be saved | said | indirect",
                "Ada Lund | the mayor a “menace,” | calls | mixed",
                "Ada Lund | she doesn’t trust the plan | said | indirect",
                "Berg | the toll ''plain theft,'' | called | mixed",
                "Mr. Berg | the mayor as a passing storm | portrayed | indirect");
        // A comma inside a quotation that opens before it sets off no aside of a speaker's.
        assertMentions("Holm said she was thinking, “Oh no, this can't be happening,” adding, “I had no words.”",
                "Holm | she was thinking, “Oh no, this can't be happening,” adding | said | mixed",
                "she | “Oh no, this can't be happening,” | thinking | direct",
                "Holm | “I had no words.” | adding | direct");
        // After words quoted inside the sentence, a speaker that ends the clause still follows an inverted verb.
        assertMentions("The ferry is “late again,” said the mayor on Friday.",
                "the mayor | The ferry is “late again,” | said | mixed");
    }

    @Test
    void timePlaceAndMediumBetweenTheCueAndItsQuotation() {
        assertMentions("""
                Kari Lund wrote on Facebook: “The pier is safe and will reopen on Monday.”
                An engineer said Wednesday, “The cables are rusting.”
                Ola Vik announced on his page, in capital letters, “I am leaving the ferry board!”
                Holm said the fare rise, “a scandal,” had to go.
                A port official who spoke anonymously said Wednesday, “The buoys are misplaced.”
                """,
                "Kari Lund | “The pier is safe and will reopen on Monday.” | wrote | direct",
                "An engineer | “The cables are rusting.” | said | direct",
                "Ola Vik | “I am leaving the ferry board!” | announced | direct",
                "Holm | the fare rise, “a scandal,” had to go | said | mixed",
                "A port official | “The buoys are misplaced.” | said | direct");
    }

    @Test
    void aQuotedQuestionsCueFollowedOnlyByHowOrWhenItWasPutTakesTheQuotation() {
        assertMentions("""
                “Why should the ferry wait?” Dahl asked, shaking her head at the pier.
                “Who pays for the new quay?” Vik added during the council hearing on Monday.
                “Is it over?” Lund asked quietly into the microphone.
                """,
                "Dahl | “Why should the ferry wait?” | asked | direct",
                "Vik | “Who pays for the new quay?” | added | direct",
                "Lund | “Is it over?” | asked | direct");
    }

    @Test
    void aQuotedQuestionIsNotTheCuesWhenAClauseOfItsOwnFollows() {
        assertMentions("""
                “Enough of the tolls!”

                Berg said during an interview with the Gazette that the toll was unfair.
                """,
                "Berg | the toll was unfair | said | indirect");
    }

    @Test
    void aQuotedQuestionsCueFollowedOnlyByItsListenerTakesTheQuotation() {
        assertMentions("""
                “Why should the ferry wait?” Todd asked the new harbour master.
                “Is the bridge safe?” Vik asked reporters rhetorically during a briefing on Monday.
                """,
                "Todd | “Why should the ferry wait?” | asked | direct",
                "Vik | “Is the bridge safe?” | asked | direct");
    }

    @Test
    void aQuotedQuestionIsNotTheCuesWhenTheCueOpensAnAnswer() {
        // A subject pronoun after the cue opens what was answered; "asked him" names whom the question was put to.
        assertMentions("""
                The skipper then asked the crowd on the quay, “Can the ferry stay? Can she stay?”

                They said she could.

                “Who pays?” Vik asked him.
                """,
                "The skipper | the crowd on the quay, “Can the ferry stay? Can she stay?” | asked | mixed",
                "They | she could | said | indirect",
                "Vik | “Who pays?” | asked | direct");
    }

    /** Round 52: a role, its name and an age after a quotation: the quotation is the named person's, the role opens the mention. */
    @Test
    void aRoleThenANameAndAnAgeAfterTheQuotation() {
        assertMentions("""
                "We lost two friends today. They were family," the mill's floor manager, Harriet Quill, 61, said at a vigil.
                """,
                "the mill's floor manager, Harriet Quill | \"We lost two friends today. They were family,\" | said | direct");
    }
}
