package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The noun-phrase marks, and phrases found from them within a caller's bounds. */
class PhraseStageTest {

    private static AnnotatedDocument marked(String text) {
        return Pipeline.through(PhraseStage.class, text);
    }

    private static int token(AnnotatedDocument doc, String word) {
        for (int i = 0; i < doc.tokens.size(); i++) {
            if (doc.tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    /** The phrase ending at {@code last}, scanning left no further than {@code floor}, as text; "" if none. */
    private static String left(AnnotatedDocument doc, String last, String floor) {
        int start = doc.mentions.scanLeft(token(doc, last), token(doc, floor));
        return start < 0 ? "" : doc.text(doc.tokens.get(start).start(), doc.tokens.get(token(doc, last)).end());
    }

    @Test
    void abbreviationPeriodsAndLinksBetweenNamesStayInsideThePhrase() {
        AnnotatedDocument doc = marked("Yesterday Rep. G.K. Butterfield and Smith said the vote was close.");
        assertEquals("Yesterday Rep. G.K. Butterfield and Smith", left(doc, "Smith", "Yesterday"));
    }

    @Test
    void aLinkBeforeADateIsNoPartOfTheName() {
        AnnotatedDocument doc = marked("The Times on Saturday reported a deal.");
        assertEquals("Saturday", left(doc, "Saturday", "The"));
    }

    @Test
    void aMonthBeforeASurnameIsAGivenNameInsideThePair() {
        AnnotatedDocument doc = marked("Oskar and April Vennholt-Reyes said the barn would be sold.");
        assertEquals("Oskar and April Vennholt-Reyes", left(doc, "Vennholt-Reyes", "Oskar"));
        AnnotatedDocument dated = marked("The Ledger and June figures showed a drop.");
        assertEquals("June", left(dated, "June", "The"));
    }

    @Test
    void theCallersBoundDecidesWhetherALinkOrPeriodIsInside() {
        AnnotatedDocument doc = marked("Smith and Jones said so.");
        // "and" needs more of the phrase on both sides within the bounds: at the floor it ends the phrase.
        assertEquals("Smith and Jones", left(doc, "Jones", "Smith"));
        assertEquals("Jones", left(doc, "Jones", "and"));
    }

    @Test
    void aCueWordAfterATitleAndOfIsTheOfficeItIsOf() {
        AnnotatedDocument doc = marked("The head of state said the secretary of state would state his view.");
        assertEquals("The head of state", left(doc, "state", "The"));
        // Only after a title and "of": the verb "state" ends the phrase before it.
        int verb = doc.tokens.size() - 4;
        assertEquals("state", doc.tokens.get(verb).text());
        assertEquals(-1, doc.mentions.scanLeft(verb, verb - 1));
    }

    @Test
    void aCueWordAfterAnArticleModifiesTheSingularNounAfterIt() {
        AnnotatedDocument doc = Pipeline.extract("A dispute panel of the Northern Fisheries Pact ruled on Monday that the"
                + " quotas set by Ostvik were unlawful, and recommended that Ostvik lift them.");
        assertEquals(List.of("A dispute panel of the Northern Fisheries Pact | the quotas set by Ostvik were unlawful | ruled | indirect",
                "A dispute panel of the Northern Fisheries Pact | Ostvik lift them | recommended | indirect"),
                Pipeline.statements(doc));
    }

    @Test
    void cueWordsAndPronounsEndAPhraseAndItIsAPhraseOnlyAlone() {
        AnnotatedDocument doc = marked("Officials warned it said nothing.");
        assertEquals("Officials", left(doc, "Officials", "Officials"));
        assertEquals("", left(doc, "warned", "Officials"));
        assertEquals("it", left(doc, "it", "Officials"));
        int it = token(doc, "it");
        assertEquals(-1, doc.mentions.scanRight(it, it + 2));
        assertEquals(it + 1, doc.mentions.scanRight(it, it + 1));
    }

    @Test
    void afterAPrepositionCueLikeNounsArePartOfTheSource() {
        AnnotatedDocument doc = marked("According to show insiders, ratings fell.");
        int show = token(doc, "show");
        assertEquals(-1, doc.mentions.scanRight(show, token(doc, ",")));
        assertEquals(token(doc, ","), doc.mentions.scanRight(show, token(doc, ","), true));
    }

    /** Issue 10, thirty-sixth round: an -ly adjective before its noun stays in the phrase; before a time it does not. */
    @Test
    void anLyAdjectiveBeforeItsNounIsPartOfThePhrase() {
        AnnotatedDocument doc = marked("Ferry fares rose sharply, the elderly residents said early Monday.");
        assertEquals("the elderly residents", left(doc, "residents", "the"));
        assertEquals("Monday", left(doc, "Monday", "early"));
        assertEquals("", left(doc, "sharply", "fares"));
    }

    /** Issue 9, round 49: a cue word in "-ing" after an article names the field of the singular speaker noun after it. */
    @Test
    void aGerundAfterAnArticleModifiesTheSpeakersNoun() {
        AnnotatedDocument doc = marked("The quay stays shut until spring, which a reporting officer confirmed.");
        assertEquals("a reporting officer", left(doc, "officer", "a"));
        doc = marked("It echoed the warning officials gave.");
        assertEquals("officials", left(doc, "officials", "the"));
        Pipeline.assertMentions("The ferry cannot sail before the board grants a licence, which a planning inspector said was unlikely before May.",
                "a planning inspector | was unlikely before May | said | indirect");
    }

    /** Round 54: a title's modifier that is also a cue word ("state") stays a modifier across a field's nouns. */
    @Test
    void aModifierBeforeAFieldsNounsAndTheTitleIsNoCue() {
        assertMentions("""
                A mudslide poured across Route 4 early Sunday, burying a half-mile of road under rock and cutting off \
                40 homes, state highway officials said.
                The ministers state that the pier is safe.
                """,
                "state highway officials | A mudslide poured across Route 4 early Sunday, burying a half-mile of road under rock and cutting off 40 homes | said | indirect",
                "The ministers | the pier is safe | state | indirect");
    }
}
