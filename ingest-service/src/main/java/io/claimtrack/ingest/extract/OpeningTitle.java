package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * "The Prime Minister thanked the President for the invitation. He said that ...": a readout calls its leaders by
 * their bare title as the subject of sentences that are no statements, and the next sentence's "he" or "she" is that
 * title's holder. Found for the sentence just before the pronoun's, in its paragraph, so one look per pronoun; part
 * of {@link PronounResolver}, which resolves the title as a description speaker is resolved. So is a description by age
 * ("The 58-year-old owner, a former banker, bought the club in 2020. On Monday he said"), also past a question put
 * ("Asked whether he would retire, the 31-year-old champion laughed. “...,” he said").
 */
final class OpeningTitle {

    private static final Set<String> OF = WordSet.of("of");
    /** Words inside the place a title is held of: "of the Republic of Tessaly". */
    private static final Set<String> PLACE_CONNECTORS = WordSet.of("of", "the");

    private OpeningTitle() {
    }

    /**
     * The definite title ("The Prime Minister", "The Prime Minister of Tessaly", "The Belkaran minister") that opens
     * the sentence before the one at {@code offset}, in the same paragraph, as a description speaker of that sentence;
     * past a question put ("Asked whether the striker would start, the coach laughed"), whose names are what was asked
     * about and so none the pronoun goes on with; null if that sentence opens otherwise, or the title's own words
     * say the other gender ("The Queen" for "he").
     */
    static Attribution before(AnnotatedDocument doc, Lexicon lexicon, int offset, Gender gender, String cue, Set<String> nameTitles) {
        Sentence own = doc.sentenceAt(offset);
        int i = own == null ? -1 : doc.sentenceAtOrAfter(own.start()) - 1;
        if (i < 0 || doc.sentences.get(i).block() != own.block()) {
            return null;
        }
        Sentence s = doc.sentences.get(i);
        List<Token> tokens = doc.tokens(s);
        // Only past a question put: its names are the ones asked about, whom the pronoun would otherwise go on with.
        int first = tokens.get(0).is("asked") ? OpeningAdverbials.subjectStart(tokens, 0, tokens.size()) : 0;
        int end = first < tokens.size() ? titleEnd(tokens, first, lexicon, nameTitles) : -1;
        end = end < 0 && first < tokens.size() ? ageEnd(doc, tokens, first) : end;
        if (end < 0 || doc.quoteAt(s.start()) != null) {
            return null;
        }
        int start = tokens.get(first).start();
        String text = doc.text(start, tokens.get(end - 1).end());
        Gender titled = Gender.ofTitle(text);
        if (titled != null && !titled.fits(gender)) {
            return null;
        }
        Mention title = new Mention(start, tokens.get(end - 1).end(), text, text.substring(4), "", SpeakerKind.PERSON);
        return new Attribution(Attribution.Source.CUE, title, cue, title.end(), s.end(), s.block(), 0);
    }

    /**
     * "Justice Ann Holm ... The justice set": the words the text puts before a person's name as a title, which the name
     * holds as its first word ("justice" is also the field of a ministry, so no role word by itself). Read once per
     * document: every pronoun after a sentence opened by "The" and a role word asks.
     */
    static Set<String> nameTitles(AnnotatedDocument doc) {
        Set<String> out = new HashSet<>();
        for (Name n : doc.names) {
            if (titled(n)) {
                out.add(n.words().get(0));
            }
        }
        return out;
    }

    /** A person's name of more words than a first name and a surname: its first may be a title. */
    private static boolean titled(Name n) {
        return n.kind() == SpeakerKind.PERSON && n.words().size() > 2;
    }

    /**
     * The one person named with the title's last word before it as the first word of their name ("Justice Ann Holm"
     * for "The justice"), as the fullest name the text gives them; null if none or several.
     */
    static String holderByName(AnnotatedDocument doc, NameIndex names, Mention title, Set<String> nameTitles) {
        String word = Name.afterLastSpace(title.text()).toLowerCase(Locale.ROOT);
        if (!nameTitles.contains(word)) {
            return null;
        }
        String holder = null;
        for (int j = Name.lastBefore(doc.names, title.start()); j >= 0; j--) {
            Name n = doc.names.get(j);
            String full = titled(n) && n.words().get(0).equals(word) ? names.expand(n.text(), SpeakerKind.PERSON, n.offset()) : null;
            if (full != null && holder != null && !holder.equals(full)) {
                return null;
            }
            holder = full == null ? holder : full;
        }
        return holder;
    }

    /**
     * "The 58-year-old owner, a former banker, bought"; "Asked whether he would retire, the 31-year-old champion
     * laughed.": "the", an age and one noun before the sentence's verb or an aside describe the sentence's subject,
     * whom the age names (round 54: not only past a question put); the end of the noun, or -1.
     */
    private static int ageEnd(AnnotatedDocument doc, List<Token> tokens, int first) {
        Token the = tokens.get(first);
        Matcher age = ResolutionStage.AGE.matcher(doc.text).region(the.start(), doc.text.length());
        if (!the.is("the") || !age.lookingAt()) {
            return -1;
        }
        int noun = first + 1;
        while (noun < tokens.size() && tokens.get(noun).end() <= age.end()) {
            noun++;
        }
        int verb = noun + 1;
        return verb < tokens.size() && tokens.get(noun).isLowerWord()
                && (tokens.get(verb).isLowerWord() || ",".equals(tokens.get(verb).text())) ? verb : -1;
    }

    /**
     * The token after the "the" at {@code first}, whose office it is ("Belkaran"), role words ending in a role ("Prime
     * Minister") and the place it is held of, and the office's field after the place ("The head of Tessalian diplomacy"),
     * if the title is followed by the sentence's verb or an aside ("The Prime Minister of Tessaly, in turn, outlined");
     * -1 if none.
     */
    private static int titleEnd(List<Token> tokens, int first, Lexicon lexicon, Set<String> nameTitles) {
        if (tokens.size() - first < 3 || !"the".equals(tokens.get(first).lower())) {
            return -1;
        }
        // "The Belkaran minister": one capitalised word before the role words says whose office it is.
        Token whose = tokens.get(first + 1);
        int from = first + (whose.isWord() && whose.isCapitalized() && !lexicon.isRoleWord(whose.lower()) ? 2 : 1);
        int j = from;
        while (j < tokens.size() && j - first <= ResolutionWindows.NAME_WORDS && tokens.get(j).isWord() && lexicon.isRoleWord(tokens.get(j).lower())) {
            j++;
        }
        if (j == from || !lexicon.roles.contains(tokens.get(j - 1).lower()) && !nameTitles.contains(tokens.get(j - 1).lower())) {
            return -1;
        }
        int end = j;
        if (j < tokens.size() && OF.contains(tokens.get(j).lower())) {
            int k = j + 1;
            while (k < tokens.size() && k - j <= ResolutionWindows.NAME_WORDS && tokens.get(k).isWord()
                    && (tokens.get(k).isCapitalized() || PLACE_CONNECTORS.contains(tokens.get(k).lower()))) {
                end = tokens.get(k).isCapitalized() ? k + 1 : end;
                k++;
            }
            if (end == j) {
                // "The minister of state for ...": a lower-case complement is no place.
                return -1;
            }
            // "The head of Ravelian diplomacy": the office's field after the place's adjective.
            end += end < tokens.size() && tokens.get(end).isLowerWord() && lexicon.roleField(tokens.get(end).lower()) != null ? 1 : 0;
        }
        if (end >= tokens.size()) {
            return -1;
        }
        Token next = tokens.get(end);
        return next.isLowerWord() || ",".equals(next.text()) ? end : -1;
    }
}
