package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, nineteenth round: the forms of North American newspaper articles and wire stories that invented
 * set C ({@code src/test/resources/eval/invented_c_gold.jsonl}), scored unseen, showed wrong. The sentences here are
 * other invented ones.
 */
class NewspaperFormsTest {

    /** A phrase after a trailing cue's time, with no clause of its own, is the narrator's comment on the news. */
    @Test
    void aCommentPhraseAfterATrailingCueIsNoContent() {
        AnnotatedDocument doc = extract("""
                Brantford Mills will close its paper plant in Oakes by March, the company said Tuesday, in the \
                biggest blow to the town's economy in twenty years.
                """);
        assertEquals("said", statement(doc, "Brantford Mills will close its paper plant in Oakes by March").cue);
        assertEquals(1, doc.attributions.size(), contents(doc).toString());
    }

    /** A concessive clause after a trailing cue is the narrator's: the content is before the speaker. */
    @Test
    void aConcessiveClauseAfterATrailingCueIsNoContent() {
        AnnotatedDocument doc = extract("""
                The two provinces are close to a water-sharing pact, the premier's envoy said on Monday, though \
                officials in Lessard warned that the price had not been agreed.
                """);
        assertEquals("said", statement(doc, "The two provinces are close to a water-sharing pact").cue);
        assertEquals("warned", statement(doc, "the price had not been agreed").cue);
        assertEquals(2, doc.attributions.size(), contents(doc).toString());
    }

    /** A participle after a possessive pronoun is an adjective: "their disputed border" says nothing. */
    @Test
    void aParticipleAfterAPossessiveIsNoCue() {
        assertOnlyStatement("""
                Talks between the two towns on their disputed boundary have stalled, the harbour master said.
                """, "Talks between the two towns on their disputed boundary have stalled",
                "the harbour master");
    }

    /**
     * "Mr. Holt's lawyer, Dana Pike, ...": a description with an honorific before its possessor, then a name between
     * commas, opens the sentence; "she" after it is that name, not the last speaker.
     */
    @Test
    void anHonorificBeforeThePossessorKeepsTheAppositionTheSubject() {
        AnnotatedDocument doc = extract("""
                Councilwoman Ruth Amsel said the vote would wait until March.

                Mr. Holt's lawyer, Dana Pike, spoke next. She told the board the fine was never paid.
                """);
        assertSpeaker(doc, "the fine was never paid", "Dana Pike");
    }

    /** A headline closing with "..., report finds" has no period after the verb: the clause before it is the finding. */
    @Test
    void aHeadlineClosingWithFindsIsAStatement() {
        AnnotatedDocument doc = extract("""
                Ferry fares in Ostby highest in the region, comptroller finds

                By Lena Hart

                OSTBY — The city's ferries cost more to ride than any in the region.
                """);
        assertEquals("finds", statement(doc, "Ferry fares in Ostby highest in the region").cue);
    }

    /** "The official" after "A city official said" is that unnamed source again, not the mayor named before it. */
    @Test
    void aDescriptionAfterAnUnnamedSourceWithItsHeadIsThatSource() {
        AnnotatedDocument doc = extract("""
                Mayor Tom Brandt said the vote would wait.

                A city official, speaking on condition of anonymity, said the talks had stalled. The official said \
                the mayor was angry.
                """);
        assertSpeaker(doc, "the mayor was angry", "A city official");
    }

    /** A business the text introduces by apposition ("the operator, X") is the one "the company" describes. */
    @Test
    void aBusinessIntroducedByAppositionIsTheCompany() {
        AnnotatedDocument doc = extract("""
                The town wants to end its contract with the ferry operator, Bluewater Crossings, next year.

                Bluewater did not return calls. In a letter last spring, the company said it had met every term of the deal.
                """);
        assertSpeaker(doc, "it had met every term of the deal", "Bluewater Crossings");
    }

    /** "Co." ends a company's name as "Inc." does: "the company" after it is that company. */
    @Test
    void aCompanyNamedWithCoIsTheCompany() {
        AnnotatedDocument doc = extract("""
                Harlan Paper Co. will move its offices to Easton next year. The company said rents there were lower.
                """);
        assertSpeaker(doc, "rents there were lower", "Harlan Paper Co");
        assertFalse(doc.attributions.isEmpty());
    }

    /** A headline's listener may run on with "into" ("tells hearing into ..."): what was said is before the comma. */
    @Test
    void aHeadlinesListenerWithAnIntoPhraseIsNoContent() {
        AnnotatedDocument doc = extract("""
                Driver feared for her life, lawyer tells hearing into crash at Holm pier

                HOLMVIK - The hearing opened on Monday.
                """);
        assertEquals("tells", statement(doc, "Driver feared for her life").cue);
        assertEquals(1, doc.attributions.size(), contents(doc).toString());
    }
}
