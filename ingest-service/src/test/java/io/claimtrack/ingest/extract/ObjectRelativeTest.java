package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, thirtieth round: a relative clause with no relative word and a pronoun subject ("a charge she
 * called ...") names the pronoun as the speaker; the noun phrase before it is what the verb speaks of.
 */
class ObjectRelativeTest {

    @Test
    void aChargeAfterAQuotationIsNoSpeakerOfIt() {
        AnnotatedDocument doc = extract("""
                The mayor's aides accused Ms. Ortega of "padding the payroll," a charge she called "a fantasy."
                """);
        assertSpeaker(doc, "\"a fantasy.\"", "Ms. Ortega");
        assertSpeaker(doc, "Ms. Ortega of \"padding the payroll,\"", "The mayor's aides");
    }

    @Test
    void theRelativeClauseEndsAtASemicolon() {
        AnnotatedDocument doc = extract("""
                Mr. Vik accused Ms. Holm of having “never once visited the pier,” a charge she called “flatly untrue”; her office later released photographs.
                """);
        assertSpeaker(doc, "“flatly untrue”", "Ms. Holm");
    }

    @Test
    void thePronounOfTheRelativeClauseSpeaks() {
        assertMentions("Council members are questioning the levy, a tax they say drove two bakeries out of the district.",
                "Council members | the levy, a tax they say drove two bakeries out of the district | questioning | indirect",
                "they | drove two bakeries out of the district | say | indirect");
    }

    @Test
    void aListenerBeforeThePronounKeepsItTheContentsSubject() {
        assertMentions("The ferry chief assured the crew he would stay.",
                "The ferry chief | he would stay | assured | indirect");
    }

    @Test
    void aStrandedPrepositionOrATimeClauseLeavesNoContent() {
        assertMentions("Ms. Lind kept the notebook she wrote in every night.");
        assertMentions("Her editors cut one scene she wrote where a pilot quits.");
    }

    /** Issue 10, thirty-sixth round: a definite phrase after an indefinite one opens the relative clause and speaks. */
    @Test
    void aDefiniteSubjectAfterAnIndefiniteAntecedentSpeaks() {
        assertMentions("The budget adds $2 million for street lights, a measure the mayor said residents had demanded for years.",
                "the mayor | residents had demanded for years | said | indirect");
        assertMentions("The board cut six routes, a move the district says will save $400,000.",
                "the district | will save $400,000 | says | indirect");
    }

    /** A bare group after an indefinite antecedent speaks when the cue's clause lacks its subject. */
    @Test
    void aBareGroupAfterAnIndefiniteAntecedentSpeaks() {
        assertMentions("The Harlby council capped ferry fares, a rule critics say will empty the night boats.",
                "critics | will empty the night boats | say | indirect");
        assertMentions("A few union members said the deal was fair.",
                "A few union members | the deal was fair | said | indirect");
    }

    /** Not a preposition's object ("waiting for the bus") nor an opening phrase ("In a statement the ministry said"). */
    @Test
    void aPrepositionKeepsTheWholePhrase() {
        assertMentions("A nursing student waiting for the same bus said she had missed two exams.",
                "A nursing student | she had missed two exams | said | indirect");
        assertMentions("A spokesman for the agency said the road would reopen.",
                "A spokesman for the agency | the road would reopen | said | indirect");
    }

    /**
     * Issue 9, round 43: after a preposition, the relative clause still speaks when its cue lacks a subject (a finite
     * verb right after it); with a subject after the cue, the phrase opens the speaker's own clause.
     */
    @Test
    void aPrepositionBeforeTheAntecedentOfASubjectlessCue() {
        assertMentions("The school lost two teachers after a budget the trustees said was drawn up in a hurry.",
                "the trustees | was drawn up in a hurry | said | indirect");
        assertMentions("Ferries ran late for a week in a dispute the crews say will last until spring.",
                "the crews | will last until spring | say | indirect");
        assertMentions("In a letter the harbour board said the pier would close.",
                "the harbour board | the pier would close | said | indirect");
        assertMentions("After a short recess the judge said she would rule on Monday.",
                "the judge | she would rule on Monday | said | indirect");
    }

    /**
     * Issue 9, round 48: a document whose first sentence opens with the indefinite antecedent ("A ferry the stewards
     * said ...", "A few minutes later the stewards said") read the token before the document and threw.
     */
    @Test
    void anIndefiniteOpeningTheDocumentBeforeADefiniteSubject() {
        List<String> found = Pipeline.mentions(Pipeline.attribute("A ferry the stewards said was late sailed at noon."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("the stewards | was late"), found.toString());
    }

    /** Round 49: a body's "it" before a cue whose clause lacks its subject speaks, as "they" does. */
    @Test
    void aBodysItBeforeASubjectlessClauseSpeaks() {
        assertMentions("The port authority spent the winter dredging the channel, a job it has said will double the traffic.",
                "it | will double the traffic | said | indirect");
        assertMentions("The harbour report made it plain the quay is unsafe.");
    }

    /**
     * Round 57: a bare noun set off by a comma ("$4 million a year, money she said would pay for ...") is the antecedent
     * of a relative clause whose cue lacks its subject: the pronoun or definite phrase after it speaks.
     */
    @Test
    void aBareNounAfterACommaIsTheAntecedentOfASubjectlessCue() {
        assertMentions("The levy brings in $4 million a year, money she said would pay for snow clearing.",
                "she | would pay for snow clearing | said | indirect");
        assertMentions("The fund holds $9 million, cash the treasurer says will last until 2045.",
                "the treasurer | will last until 2045 | says | indirect");
        assertMentions("The plan, she said, was flawed.",
                "she | The plan, she said, was flawed | said | indirect");
    }

    /** Round 60: "Every constable I asked for, I got": the constables are what was asked for; "I" asked, no one said. */
    @Test
    void everyNounBeforeAPronounIsTheVerbsObject() {
        AnnotatedDocument doc = extract("""
                Superintendent Imke Dravenholt: We are short, and we are recruiting. Every constable I asked for, I got.
                """);
        assertEquals(List.of("We are short, and we are recruiting. Every constable I asked for, I got"), contents(doc));
    }
}
