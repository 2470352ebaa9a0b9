package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "United Food and Retail Workers Local 340", "Local 1127 of the International Association of Machinists": a
 * union's local is named by its number, which no run of capitalised words keeps, so "the union" of a story
 * about one local is read here from the tokens: "Local" and a number, the capitalised words before it ("Warehouse
 * and Distribution Workers") and an of-phrase after it ("of the Bakery and Grain Workers").
 */
final class LocalUnions {

    private LocalUnions() {
    }

    /**
     * The one local the text names, in its fullest form, when it names no other local and no other union ({@link
     * UnionNames}: "the union" could as well be that one); null otherwise.
     */
    static Name only(AnnotatedDocument doc) {
        Map<String, Name> byNumber = new HashMap<>();
        for (Sentence s : doc.sentences) {
            List<Token> tokens = doc.tokens;
            for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
                if (tokens.get(i).text().equals("Local") && tokens.get(i + 1).type() == Token.Type.NUMBER) {
                    Token number = tokens.get(i + 1);
                    // "Local 88's strike fund": one token, whose possessive is no part of the name.
                    String digits = Mentions.possessiveStem(number.text());
                    int from = tokens.get(wordsBefore(tokens, i, s.firstToken())).start();
                    int to = digits.length() < number.text().length() ? number.start() + digits.length()
                            : tokens.get(ofPhraseAfter(tokens, i + 2, s.endToken()) - 1).end();
                    byNumber.merge(digits, new Name(doc.text(from, to), SpeakerKind.ORGANIZATION, "", from),
                            (a, b) -> b.text().length() > a.text().length() ? b : a);
                }
            }
        }
        if (byNumber.size() != 1) {
            return null;
        }
        Name local = byNumber.values().iterator().next();
        for (Name n : doc.names) {
            // "Union condemns closure": a headline's capitalised description is no other union.
            if (n.kind() == SpeakerKind.ORGANIZATION && UnionNames.isUnion(n.words()) && !n.words().equals(List.of("union"))
                    && !local.text().contains(n.text())) {
                return null;
            }
        }
        return local;
    }

    /**
     * The first of the capitalised words before "Local", with "and" or "of" between two of them; none across an "of"
     * right before it ("Members of Local 412", "the president of Local 9").
     */
    private static int wordsBefore(List<Token> tokens, int local, int first) {
        int start = local;
        if (local > first && tokens.get(local - 1).is("of")) {
            return start;
        }
        for (int k = local - 1; k >= first; k--) {
            Token t = tokens.get(k);
            if (t.isCapitalized() && !FunctionWords.NP_BREAKERS.contains(t.lower())
                    && !Mentions.isConnector(t.lower())) {
                start = k;
            } else if (!(k > first && Mentions.isConnector(t.lower()) && !t.is("the") && tokens.get(k - 1).isCapitalized())) {
                break;
            }
        }
        return start;
    }

    private static boolean apostrophe(Token t) {
        return t.is("'") || t.is("’");
    }

    /** The end of "of (the) <capitalised words>" after the number, or the number's own end. */
    private static int ofPhraseAfter(List<Token> tokens, int from, int end) {
        if (from >= end || !tokens.get(from).is("of")) {
            return from;
        }
        int k = from + 1;
        if (k < end && tokens.get(k).is("the")) {
            k++;
        }
        int last = from;
        // "of the Dockers' Union": a plural's apostrophe between two capitalised words is the name's.
        while (k < end && (tokens.get(k).isCapitalized()
                || (Mentions.isConnector(tokens.get(k).lower()) || apostrophe(tokens.get(k)) && tokens.get(k - 1).isCapitalized())
                        && k + 1 < end && tokens.get(k + 1).isCapitalized())) {
            k++;
            last = k;
        }
        return last;
    }
}
