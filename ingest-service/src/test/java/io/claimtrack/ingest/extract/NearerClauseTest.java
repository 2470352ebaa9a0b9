package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A participle or second verb goes with the nearest clause before it: the subject of a clause that a subordinator
 * or ", and" opens after the sentence's own verb speaks, not the sentence's subject.
 */
class NearerClauseTest {

    @Test
    void aSecondVerbInsideAWhenClauseIsItsSubjects() {
        // "The crowd" had been the speaker of "asked".
        assertMentions("The crowd cheered when Ann Holm spotted a sign and asked that it be brought to her.",
                "Ann Holm | it be brought to her | asked | indirect");
    }

    @Test
    void aSecondVerbAfterAClauseWhoseOwnVerbIsSaidIsItsSubjects() {
        // "said" is a past that ends the clause's subject, and "than expected" no cue inside its content: "The krone"
        // had been the speaker of "signalled".
        assertMentions("The krone weakened after the harbour bank's governor said inflation was falling faster than "
                + "expected and signalled that rates could be cut in May.",
                "the harbour bank's governor | inflation was falling faster than expected | said | indirect",
                "the harbour bank's governor | rates could be cut in May | signalled | indirect");
    }

    @Test
    void aParticipleAfterAWhenClauseIsItsSubjects() {
        assertMentions("The first incident came during a speech in Salem, when ferry protesters interrupted her speech, "
                + "shouting that the pier must stay open.",
                "ferry protesters | the pier must stay open | shouting | indirect");
    }

    @Test
    void aContractedOpeningHoldsTheSentencesOwnVerb() {
        // "It’s a long" had been the speaker: the verb in "It’s" was not seen, so no clause came after it.
        assertMentions("It’s a long shot, but Ivar Lund was in Eastport on Tuesday night, stressing that the ferry mattered.",
                "Ivar Lund | the ferry mattered | stressing | indirect");
    }

    @Test
    void aParticipleAfterAClauseJoinedByCommaAndIsItsSubjects() {
        assertMentions("The pier stayed shut on Monday, and the Harbour Union has sued the town, saying the rules break the law.",
                "the Harbour Union | the rules break the law | saying | indirect");
    }

    @Test
    void aClauseInsideWhatWasSaidLeavesTheSentencesSubject() {
        assertMentions("Mayor Kari Dahl told voters that she would win when the count ended, adding that the pier would stay open.",
                "Mayor Kari Dahl | she would win when the count ended | told | indirect",
                "Mayor Kari Dahl | the pier would stay open | adding | indirect");
    }

    @Test
    void aClauseBeforeTheSentencesSubjectIsNoNearerClause() {
        assertMentions("After Bo Lind won the primary, Mayor Kari Dahl spoke to the crowd, saying the party was united.",
                "Mayor Kari Dahl | the party was united | saying | indirect");
    }

    @Test
    void subjectsJoinedByAndAreNoClause() {
        assertMentions("The Harbour Times and the Fjord Post filed a motion, arguing the records should be public.",
                "The Harbour Times | the records should be public | arguing | indirect");
    }

    @Test
    void aClauseWhoseSubjectIsNoSpeakerLeavesTheSentencesSubject() {
        assertMentions("Mayor Kari Dahl met voters after the debate ended, saying the race was close.",
                "Mayor Kari Dahl | the race was close | saying | indirect");
        // "apologized for" with its object is a statement of its own (round 49, as PolNeAR marks it), "welcomed A, saying B" two.
        assertMentions("Mayor Kari Dahl apologized for the columns after they came out, saying they were old.",
                "Mayor Kari Dahl | the columns after they came out | apologized for | indirect",
                "Mayor Kari Dahl | they were old | saying | indirect");
    }
}
