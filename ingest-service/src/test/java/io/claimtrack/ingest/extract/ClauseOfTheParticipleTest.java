package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * The speaker of a participle or a second verb is the subject of the clause it ends: not a phrase before an
 * opening adverbial's comma, not the verb and its object after the subject, not the conjunction or adverb before it.
 */
class ClauseOfTheParticipleTest {

    @Test
    void participleBeforeAQuotationTakesTheSubjectAfterAnOpeningAdverbial() {
        // "Before the vote" had read as the speaker, with the clause between the commas as its aside.
        assertMentions("Before the vote, Harbour Chief Ann Holm lobbied to close the pier, saying, \"The fewer boats, the better.\"",
                "Harbour Chief Ann Holm | \"The fewer boats, the better.\" | saying | direct");
    }

    @Test
    void anAdverbClosedByACommaIsTheOpeningAdverbialNotALead() {
        // "Later" skipped as a lead had left the comma as the subject's first token, and no speaker.
        assertMentions("Later, the ferry board released a statement saying the crossing would close.",
                "the ferry board | the crossing would close | saying | indirect");
        assertMentions("Now, many ferry workers have trouble finding work and fear they will lose their pensions.",
                "many ferry workers | they will lose their pensions | fear | indirect");
    }

    @Test
    void anIrregularPastVerbEndsTheSubject() {
        assertMentions("Pastor Ola Brekke stood at the pulpit, urging his parishioners to vote for the levy.",
                "Pastor Ola Brekke | his parishioners to vote for the levy | urging | indirect");
        assertMentions("The ferry board sent out a statement saying the crossing would close.",
                "The ferry board | the crossing would close | saying | indirect");
    }

    @Test
    void aPastFormThatIsAlsoAnAdjectiveStaysInThePhrase() {
        // "paid" is marked "noun" in irregular-pasts.txt: "a paid organizer", unlike "came", is a noun phrase.
        assertMentions("The count was wrong, according to a paid organizer.",
                "a paid organizer | The count was wrong | according to | indirect");
    }

    @Test
    void aMediumSentToSomeoneStillSpeaksForItsSender() {
        assertMentions("After the count, the Dahl campaign sent out a text message to supporters saying the race was won.",
                "the Dahl campaign | the race was won | saying | indirect");
        assertMentions("Mayor Kari Lund drew boos upon saying the pier would close.",
                "Mayor Kari Lund | the pier would close | saying | indirect");
    }

    @Test
    void aPronounOpeningTheSentenceIsTheWholeSubject() {
        assertMentions("He went further, saying the tunnel plan was dead.", "He | the tunnel plan was dead | saying | indirect");
        assertMentions("She later thanked the crews and added that the tunnel was safe.",
                "She | the tunnel was safe | added | indirect");
    }

    @Test
    void anAdverbAfterTheSubjectEndsIt() {
        assertMentions("A port official later issued a statement saying the crossing was safe.",
                "A port official | the crossing was safe | saying | indirect");
    }

    @Test
    void aConjunctionOrAdverbBeforeTheSubjectIsNoPartOfIt() {
        assertMentions("But Halvorsen said the pier was safe and said the ferry would run.",
                "Halvorsen | the pier was safe | said | indirect", "Halvorsen | the ferry would run | said | indirect");
        assertMentions("And even Mr. Dahl stayed home, noting that the fares were too high.",
                "Mr. Dahl | the fares were too high | noting | indirect");
    }

    @Test
    void anAdverbialOpenedByAnIntensifierOrAPlaceWordIsNoSubject() {
        assertMentions("Even before Holm took the stage, her campaign sent an email saying the race was over.",
                "her campaign | the race was over | saying | indirect");
        assertMentions("Inside the hall, Halvorsen thanked the crews, arguing that the tunnel was safe.",
                "Halvorsen | the tunnel was safe | arguing | indirect");
        assertMentions("More recently, Halvorsen has shifted, saying that the tunnel was safe.",
                "Halvorsen | the tunnel was safe | saying | indirect");
    }

    @Test
    void aQuantityAfterAnIntensifierIsTheSubject() {
        assertMentions("Just under half, 48 percent, say they will take the ferry.",
                "Just under half | they will take the ferry | say | indirect");
    }

    @Test
    void aSingleWordAdverbialStillOpensTheSentence() {
        assertMentions("Yet, a 2019 study by the port authority found that the pier was unsafe.",
                "a 2019 study by the port authority | the pier was unsafe | found | indirect");
    }
}
