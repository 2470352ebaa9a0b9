package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The sentence's opening subject and a relative pronoun's antecedent, asked for directly, on the
 * document as the names stage leaves it (before any attribution pattern ran).
 */
class SentenceSubjectsTest {

    private final SentenceSubjects subjects = new SentenceSubjects(Lexicon.get());
    private final RelativeAntecedent relatives = new RelativeAntecedent(Lexicon.get(), subjects);

    @Test
    void theOpeningSubjectEndsAtItsVerb() {
        assertEquals("Psaki", opening("Psaki pushed back on the report and said it was false.", "said"));
        assertEquals("The harbour master", opening("The harbour master thanked the crews but said the quay stays shut.", "said"));
        assertEquals("Democratic candidate Ruth Gale",
                opening("Democratic candidate Ruth Gale went after the mayor and claimed he lied.", "claimed"));
    }

    @Test
    void theOpeningSubjectEndsAtAnIrregularPast() {
        assertEquals("She", opening("She sent a short note to the crew saying the ferry would sail.", "saying"));
        assertEquals("The harbour board", opening("The harbour board took the unusual step of writing to owners.", "writing"));
    }

    @Test
    void aNamedPersonsSurnameEndsTheSubjectAtTheNextWord() {
        // "Gale went after": once "Ruth Gale" is named, a lower-case word after "Gale" is her verb, not part of a name.
        assertEquals("Gale", opening("Ruth Gale spoke first. Gale went after the mayor and claimed he lied.", "claimed"));
    }

    @Test
    void theSubjectStartsAfterAnOpeningAdverbial() {
        assertEquals("the minister", opening("On Monday, the minister visited the port and said it would reopen.", "said"));
    }

    @Test
    void aClauseAfterTheSentencesOwnVerbAndAColonHasASubjectOfItsOwn() {
        assertEquals("the Harbour Tenants' Association", nearer("Tenants were less patient: the Harbour Tenants' Association"
                + " warned that repairs were two years late and called for a rent freeze.", "called for"));
        // A subject that names no speaker leaves the second verb to the sentence's.
        assertNull(nearer("Tenants were less patient: the delay was two years and called for a rent freeze.", "called for"));
    }

    @Test
    void theAntecedentOfWhoSpeaks() {
        assertEquals("McConnell", relative("The bill was drafted by McConnell, who in 2010 said it would pass.", "said"));
        assertEquals("an architect", relative("The plan came from an architect who said the tower was safe.", "said"));
        // A name ends the phrase before it: the person the mayor met speaks, not the mayor.
        assertEquals("Okafor", relative("The mayor met Okafor, who said the budget was short.", "said"));
        // An "-ly" adverb between the pronoun and the verb, with or without an auxiliary.
        assertEquals("the harbour board", relative("The suit named the harbour board, which has strongly denied any role.", "denied"));
        assertEquals("Ola Vik", relative("The bill was backed by Ola Vik, who formally endorsed it on Sunday.", "endorsed"));
    }

    @Test
    void aPersonsPlaceAfterOfIsNoAntecedentNorIsAClauseWord() {
        assertEquals("Senator Ola Berg", relative("The vote was led by Senator Ola Berg of Oregon, who said it would pass.", "said"));
        assertEquals("Crawford", relative("But Crawford, who recalled the meeting, left early.", "recalled"));
        // No first name before "of": one name, a body's.
        assertEquals("Chamber of Commerce", relative("It was backed by the Chamber of Commerce, which said costs would fall.", "said"));
    }

    @Test
    void aPlaceOrFirmAfterARoleIsWhereThePersonWorks() {
        assertEquals("a senior analyst", relative("The plan won praise from a senior analyst at Kestrel Partners, who said the port had grown.", "said"));
        assertEquals("a professor", relative("It was drawn up by a professor of history at the University of Tarnby who argued dredging pays.", "argued"));
        assertEquals("a tech staffer", relative("It was leaked by a tech staffer at the Harbour Office who said the quay was unsafe.", "said"));
        // A person after the preposition is the antecedent.
        assertEquals("Senator Ola Berg", relative("The plan is risky for Senator Ola Berg, who said it would fail.", "said"));
        assertEquals("the mayor", relative("It was backed by an aide to the mayor, who said it would pass.", "said"));
    }

    @Test
    void aTownWithItsStateOrAPlaceAfterInIsWhereThePersonLives() {
        assertEquals("a lawyer", relative("The plan was questioned by a lawyer from Akron, Ohio, who said the port had shrunk.", "said"));
        assertEquals("a professor", relative(
                "It was drawn up by a professor of law at the University of Tarnby in Norway, who argued dredging pays.", "argued"));
    }

    @Test
    void thePersonOfARoleAtAFirmIsTheNameInApposition() {
        AnnotatedDocument doc = Pipeline.extract("""
                The harbour board met on Friday.

                Ada Lund, a senior analyst at Kestrel Partners, who notes that the port has grown, was upbeat.
                """);
        Pipeline.assertSpeaker(doc, "the port has grown", "Ada Lund");
    }

    @Test
    void theAntecedentOfWhichSpeaksOnlyWhenItIsABodyOrDocument() {
        assertEquals("the union", relative("The strike was called by the union, which said pay had fallen.", "said"));
        assertNull(relative("The mayor opened the bridge, which shows the city can still build.", "shows"));
    }

    @Test
    void partOfAGroupSpeaksThroughManyOfWhom() {
        assertEquals("the crews", relative("The toll angered the crews, many of whom say the cuts went too far.", "say"));
    }

    @Test
    void aGroupNamedBeforeItsOfSpeaksThroughWho() {
        assertEquals("members of the crews", relative("The mayor met members of the crews, who said the quay was unsafe.", "said"));
        // The head is no speaker word: nothing says the phrase stands for people.
        assertNull(relative("The mayor recalled stories of storm victims, who said the quay was unsafe.", "said"));
    }

    @Test
    void noAntecedentWhenAVerbStandsBetweenTheRelativeAndTheCue() {
        assertNull(relative("The bill was drafted by McConnell, who then wrote and said it would pass.", "said"));
    }

    @Test
    void aRelativeClauseBetweenCommasEndsAtTheClosingComma() {
        String text = "The union, which contended that pay had fallen, is striking again.";
        AnnotatedDocument doc = document(text);
        AttributionContext ctx = AttributionContext.of(doc);
        int comma = ctx.tokenAtOrAfter(text.indexOf(','));
        int from = ctx.tokenAtOrAfter(text.indexOf("pay"));
        int end = doc.sentences.get(0).endToken();

        int to = RelativeAntecedent.asideEnd(ctx, comma, from, end);

        assertEquals(text.indexOf(", is"), doc.tokens.get(to).start());
        // Without a comma or dash after the antecedent the clause runs on to the end it was given.
        assertEquals(end, RelativeAntecedent.asideEnd(ctx, from, from, end));
    }

    private String opening(String text, String cueWord) {
        AnnotatedDocument doc = document(text);
        Cue cue = cue(doc, cueWord);
        Mention m = subjects.opening(AttributionContext.of(doc), doc.sentences.get(cue.sentence()), cue.firstToken());
        return m == null ? null : m.text();
    }

    /** The subject {@link SentenceSubjects#nearer} gives a second verb whose "and" stands right before it. */
    private String nearer(String text, String cueWord) {
        AnnotatedDocument doc = document(text);
        Cue cue = cue(doc, cueWord);
        Mention m = subjects.nearer(AttributionContext.of(doc), doc.sentences.get(cue.sentence()), cue.firstToken() - 1);
        return m == null ? null : m.text();
    }

    private String relative(String text, String cueWord) {
        AnnotatedDocument doc = document(text);
        Cue cue = cue(doc, cueWord);
        Mention m = relatives.relative(AttributionContext.of(doc), cue, doc.sentences.get(cue.sentence()));
        return m == null ? null : m.text();
    }

    private static AnnotatedDocument document(String text) {
        return Pipeline.through(MentionStage.class, text);
    }

    private static Cue cue(AnnotatedDocument doc, String word) {
        return doc.cues.stream().filter(c -> c.text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no cue [" + word + "] in " + doc.cues));
    }

}
