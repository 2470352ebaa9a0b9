package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A group calling itself the Free Coast Front said", "said a group calling itself Harbour Watch", "A group of former
 * volunteers calling itself Friends of 91.3 said", "About 30 fishermen ... say A. They call themselves the Saltmarsh
 * Netters": the name a described speaker gives itself right after its description, or in the sentence after the one it
 * opens, is who speaks, a body however unknown; "The group, which calls itself Reopen Rivermill, said" and "The
 * group, which has since called itself X, has asked" too. For
 * {@link OwnEvidence}.
 */
final class SelfNamed {

    /**
     * A name's words: capitalised, a figure ("91.3"), and the small words between them; bounded, as an unbounded repeat
     * of a group recurses once per word and overflowed the stack on a long capitalised run.
     */
    static final String NAME = "(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|for|and|the) ){0,2}(?:\\p{Lu}[\\p{L}'’-]*|\\d+(?:\\.\\d+)?)){0,"
            + ResolutionWindows.SELF_NAME_WORDS + "})";
    /**
     * "calling itself" or "calling themselves", or the relative ", which calls itself" (", which has since called
     * itself"), after the description's "of"
     * phrase if any, then "the" or nothing.
     */
    private static final Pattern CALLING = Pattern.compile(
            "(?: of (?:[\\p{Ll}\\d][\\p{L}\\d'’-]* ){0,3}\\p{Ll}[\\p{L}'’-]*)?,? (?:calling|(?:which|who|that) (?:(?:has|have) (?:since |now )?)?(?:calls|call|called))"
                    + " (?:itself|themselves) (?:the )?" + NAME);
    /** The next sentence's opening: "They call themselves X", "It calls itself the X". */
    private static final Pattern NEXT_SENTENCE = Pattern.compile(
            "(?:They|It) (?:call|calls|called) (?:themselves|itself) (?:the )?" + NAME);

    private SelfNamed() {
    }

    /** The name the description {@code m} is said to call itself, or null. */
    static Name after(AnnotatedDocument doc, Mention m) {
        if (m.hasName() || m.isPronoun() || m.end() >= doc.text.length()) {
            return null;
        }
        Matcher c = CALLING.matcher(doc.text).region(m.end(), doc.text.length());
        if (c.lookingAt()) {
            return new Name(c.group(1), SpeakerKind.ORGANIZATION, "", c.start(1));
        }
        Sentence s = doc.sentenceAt(m.start());
        if (s == null || s.start() != m.start()) {
            return null;
        }
        int next = doc.sentenceAtOrAfter(s.end());
        if (next >= doc.sentences.size() || doc.sentences.get(next).block() != s.block()) {
            return null;
        }
        Matcher n = NEXT_SENTENCE.matcher(doc.text).region(doc.sentences.get(next).start(), doc.text.length());
        return n.lookingAt() ? new Name(n.group(1), SpeakerKind.ORGANIZATION, "", n.start(1)) : null;
    }

    /**
     * "They call themselves Friends of the Pier", "calls herself the Baroness": naming oneself, no words about anyone;
     * {@code i} is the verb, {@code next} the token after it. "called himself a victim" is left to the verb's other
     * senses, and "A group calling itself X said" to the reading of its description ({@link #after}).
     */
    static boolean reflexive(List<Token> t, int i, int next, Sentence s) {
        if (t.get(i).is("calling") || next >= s.endToken() || !FunctionWords.REFLEXIVE_PRONOUNS.contains(t.get(next).lower())) {
            return false;
        }
        int k = next + 1 < s.endToken() && t.get(next + 1).is("the") ? next + 2 : next + 1;
        return k < s.endToken() && t.get(k).isCapitalized();
    }
}
