package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * Noun phrases: decides once per document how each token can take part in a speaker phrase, and gives the
 * later stages {@link AnnotatedDocument#mentions}, which finds and splits phrases by reading these marks
 * instead of looking every word up in the lexicon again at every cue.
 */
public final class PhraseStage implements Stage {

    private final Lexicon lexicon;

    public PhraseStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens;
        byte[] words = new byte[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = mark(tokens, i);
        }
        doc.mentions = new Mentions(doc, lexicon, words);
    }

    private byte mark(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        byte loose = t.isWord() && !Lexicon.NP_BREAKERS.contains(t.lower()) ? Mentions.LOOSE : 0;
        return (byte) (loose | part(tokens, i));
    }

    /** Whether the token can stand in a phrase: always, only inside one, only as the whole phrase, or never. */
    private byte part(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER) {
            return Mentions.IN_PHRASE;
        }
        boolean inside = i > 0 && i + 1 < tokens.size();
        if (t.is(".")) {
            // "Mr. Burman", "Rep. G.K. Butterfield", "U.S. senator": the period of an abbreviation.
            if (!inside) {
                return Mentions.NOT_IN_PHRASE;
            }
            Token prev = tokens.get(i - 1);
            boolean dotted = prev.text().indexOf('.') > 0;
            return prev.isCapitalized() && prev.end() == t.start() && prev.text().length() <= 4
                    && (tokens.get(i + 1).isCapitalized() || dotted && tokens.get(i + 1).isWord())
                    ? Mentions.INSIDE_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (!t.isWord()) {
            return Mentions.NOT_IN_PHRASE;
        }
        if (Lexicon.THING_PRONOUNS.contains(t.lower())) {
            return Mentions.WHOLE_PHRASE;
        }
        if (t.isCapitalized()) {
            // "US" is a country, not the pronoun.
            return t.isAllCaps() || !Lexicon.NP_BREAKERS.contains(t.lower()) ? Mentions.IN_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (Mentions.INNER_LINKS.contains(t.lower())) {
            // "Commission on Presidential Debates", "Smith and Jones": only between two capitalised words,
            // and not before a date ("The Times on Saturday").
            return inside && tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized()
                    && !Mentions.isDateWord(tokens.get(i + 1).lower()) ? Mentions.INSIDE_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (t.lower().endsWith("ly") && t.lower().length() > 4) {
            return Mentions.NOT_IN_PHRASE;
        }
        return !Lexicon.NP_BREAKERS.contains(t.lower()) && lexicon.cuesStartingWith(t.lower()).isEmpty()
                || lexicon.roles.contains(t.lower()) || lexicon.documents.contains(t.lower())
                ? Mentions.IN_PHRASE : Mentions.NOT_IN_PHRASE;
    }
}
