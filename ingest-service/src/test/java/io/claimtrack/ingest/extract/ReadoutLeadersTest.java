package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, twenty-fourth round: a government readout names its leaders once, with a long title ("President of
 * the Republic of Norland Anna Vik"), and then calls them "The President", "The Prime Minister" and "He".
 */
class ReadoutLeadersTest {

    /** "of the Republic of Norland" is where the title is held: the two words after it are the holder's name. */
    @Test
    void aTitleOfTheRepublicOfAPlaceEndsBeforeTheName() {
        AnnotatedDocument doc = extract("""
                On 4 March, President of the Republic of Norland Anna Vik received Prime Minister of the Kingdom of \
                Estmark Piet Lunde in Harrow. The talks lasted three hours.

                The President stressed that the grain corridor must stay open.
                """);
        assertSpeaker(doc, "the grain corridor must stay open", "Anna Vik");
        List<String> names = doc.names.stream().map(n -> n.text() + " / " + n.role()).toList();
        assertTrue(names.contains("Piet Lunde / Prime Minister of the Kingdom of Estmark"), names.toString());
    }

    /** Guards: a body's name after a connector of the complement, and a lower-case title's body, name no one. */
    @Test
    void aBodyAfterTheTitlesOfTheNamesNoOne() {
        AnnotatedDocument doc = extract("""
                The Head of the Ministry of Foreign Affairs said the talks would resume soon.
                Ann Holm, president of the Harbour Boat Owners, said, “The strike will go on.”
                """);
        assertSpeaker(doc, "the talks would resume soon", "The Head of the Ministry of Foreign Affairs");
        assertEquals("Ann Holm, president of the Harbour Boat Owners", statement(doc, "“The strike will go on.”").mention.text());
    }

    /**
     * A title held of a place ("Prime Minister of the Kingdom of Estmark") names its one holder however far down the
     * readout says "The Prime Minister"; so does a bare "President" the story gives no one else (TitledNames.titledOnly),
     * a "former president" holding it no longer.
     */
    @Test
    void aTitleHeldOfAPlaceNamesItsHolderForTheWholeReadout() {
        AnnotatedDocument doc = farBelow("On 4 March, President of the Republic of Norland Anna Vik received Prime Minister of "
                + "the Kingdom of Estmark Piet Lunde in Harrow.", "The Prime Minister stressed that the grain corridor must stay open.");
        assertSpeaker(doc, "the grain corridor must stay open", "Piet Lunde");
        AnnotatedDocument news = farBelow("On Monday, President Anna Vik received Piet Lunde in Harrow.",
                "The president said that the grain corridor must stay open.");
        assertSpeaker(news, "the grain corridor must stay open", "Anna Vik");
        AnnotatedDocument two = farBelow("On Monday, President Anna Vik received Piet Lunde and former president Tom Brandt in Harrow.",
                "The president said that the grain corridor must stay open.");
        assertSpeaker(two, "the grain corridor must stay open", "Anna Vik");
    }

    /**
     * "The Prime Minister thanked the President ... He said that": a sentence opened by a bare title that is no
     * statement turns the text to the title's holder, and the next sentence's "he" is that holder, not left "He"; so
     * is the "he" of a lead-in after "The Prime Minister of Estmark, in turn, outlined ...", and its bullets with it.
     */
    @Test
    void aPronounAfterASentenceOpenedByATitleIsTheTitlesHolder() {
        AnnotatedDocument doc = readout("Piet Lunde", """
                The Prime Minister thanked the President for the warm welcome. He said that Estmark wanted closer ties \
                in energy.

                The Prime Minister of Estmark, in turn, outlined the tasks ahead. He noted in particular:
                - the early opening of the ferry line to Harrow;
                - a joint fund for rail links.
                """);
        assertSpeaker(doc, "Estmark wanted closer ties in energy", "Piet Lunde");
        assertSpeaker(doc, "the early opening of the ferry line to Harrow", "Piet Lunde");
        assertSpeaker(doc, "a joint fund for rail links", "Piet Lunde");
    }

    /** A title whose holder is of the other gender than the pronoun is not its antecedent: "She" stays the President's. */
    @Test
    void aTitleOfTheOtherGenderIsNoAntecedent() {
        AnnotatedDocument doc = readout("Thomas Lunde", """
                The President said the talks were useful. The Prime Minister thanked the President for the warm \
                welcome. She said that Norland wanted closer ties in energy.
                """);
        assertSpeaker(doc, "Norland wanted closer ties in energy", "Anna Vik");
    }

    /** A readout whose lede names the President of Norland, Anna Vik, and the Prime Minister of Estmark, then {@code body}. */
    private static AnnotatedDocument readout(String primeMinister, String body) {
        return extract("On 4 March, President of the Republic of Norland Anna Vik received Prime Minister of the Kingdom of "
                + "Estmark " + primeMinister + " in Harrow.\n\n" + body);
    }

    /** Twenty-eighth round: a title's aside that ends the sentence names its holder, as one closed by a comma does. */
    @Test
    void aTitlesAsideAtTheSentencesEndIsItsHolder() {
        AnnotatedDocument doc = extract("""
                On 9 May, the Prime Minister of the Kingdom of Estmark, Piet Lunde, spoke by telephone with the \
                President of the Republic of Norland, Anna Vik. The call lasted an hour.

                The Norland President said the grain corridor must stay open. The President of Norland, for her part, \
                assured that the ports would reopen in June.
                """);
        assertSpeaker(doc, "the grain corridor must stay open", "Anna Vik");
        assertSpeaker(doc, "the ports would reopen in June", "Anna Vik");
    }

    /**
     * "The Estmarki leader" far below "President of the Republic of Estmark Piet Lunde": a leader of a place the
     * description names is the one person given a head of state's or government's title of that place.
     */
    @Test
    void aLeaderOfAPlaceIsThePersonTitledAsItsPresident() {
        AnnotatedDocument doc = farBelow("On 4 March, President of the Republic of Norland Anna Vik received President of the "
                + "Republic of Estmark Piet Lunde in Harrow.", "The Estmarki leader said that the port would reopen in May.");
        assertSpeaker(doc, "the port would reopen in May", "Piet Lunde");
    }

    /** A lede, twenty sentences naming no one (beyond the windows of a title seen nearby), and a last paragraph. */
    private static AnnotatedDocument farBelow(String lede, String last) {
        String filler = "The delegations discussed trade, energy, transport, culture and the situation in the region. ".repeat(20);
        return extract(lede + "\n\n" + filler + "\n\n" + last + "\n");
    }
}
