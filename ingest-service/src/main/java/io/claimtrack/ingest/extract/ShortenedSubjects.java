package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A body's name shortened to its first words ("Tarmo" of "Tarmo Networks"): the one home of that shortening, which
 * {@link Businesses} asks of every business name. "Tarmo Networks ... In a statement, Tarmo said it had pushed an
 * update. The company said": such a name, opening the sentence right before a description's, as its subject or its
 * owner ("Tarmo's last outage ... The company said then"), is the body that description stands for.
 */
final class ShortenedSubjects {

    /** A fronted adverbial set off by a comma before the subject: "In a statement, ", "On Tuesday, ". */
    private static final Pattern FRONTED = Pattern.compile("^[A-Z][^,.\"“”]*, $");
    /** What follows a sentence's subject or owner: a possessive, or a lower-case word (its verb). */
    private static final Pattern AFTER = Pattern.compile("^(?:['’]s | [a-z])");
    /** Capitalised words only: "Kestrel Falls Brewing", not "Shares of Halberd". */
    private static final Pattern UPPER_WORDS = Pattern.compile("[A-Z][\\w'’&.-]*(?: [A-Z][\\w'’&.-]*)+");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;

    ShortenedSubjects(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * The shortened names that open the sentence before one a description headed by one of {@code words} opens, in the
     * same paragraph; not a person's, nor a place's, nor one of {@code surnames}.
     */
    Set<String> before(Set<String> words, Set<String> surnames) {
        Set<String> out = new HashSet<>();
        for (Attribution a : doc.attributions) {
            Mention m = a.mention;
            if (m == null || m.hasName() || !m.text().toLowerCase(Locale.ROOT).startsWith("the ")
                    || !words.contains(DescriptionHeads.headWord(m.text()))) {
                continue;
            }
            int i = doc.sentenceAtOrAfter(m.start() + 1) - 2;
            Sentence own = doc.sentenceAt(m.start());
            if (i < 0 || own == null || own.start() != m.start() || doc.sentences.get(i).block() != own.block()) {
                continue;
            }
            Name n = opening(doc.sentences.get(i));
            if (n != null && !lexicon.isPlace(n.text()) && !surnames.contains(n.text()) && (shortened(n) || unknownBody(n))) {
                out.add(n.text());
            }
        }
        return out;
    }

    /**
     * The names and each shortened by its last words, once: asked of each name near each description. Not one that is
     * a person's surname too ("Bloomberg" of "Bloomberg L.P." beside "Michael Bloomberg"), which names them, unless
     * itself a name given in full.
     */
    static Set<String> withShortenings(Set<String> full, Set<String> surnames) {
        Set<String> out = new HashSet<>();
        for (String name : full) {
            for (int space = name.length(); space > 0; space = name.lastIndexOf(' ', space - 1)) {
                String shortened = name.substring(0, space);
                if (full.contains(shortened) || !surnames.contains(shortened)) {
                    out.add(shortened);
                }
            }
        }
        return out;
    }

    /** Whether {@code part} is {@code full} shortened by its last words: "Tarmo" of "Tarmo Networks". */
    static boolean shortens(String part, String full) {
        return full.startsWith(part + " ");
    }

    /**
     * "Kestrel Falls Brewing will build a hall ... The company says": a name of several capitalised words, with no first
     * name, role or word of a body of another kind ("the Harbour Council"), is the business the next sentence describes.
     */
    private boolean unknownBody(Name n) {
        List<String> words = n.words();
        return words.size() > 1 && n.role().isEmpty() && !lexicon.isFirstName(words.get(0)) && UPPER_WORDS.matcher(n.text()).matches()
                && words.stream().noneMatch(w -> lexicon.organizations.contains(w) && !Businesses.WORDS.contains(w));
    }

    /** The name that opens the sentence, after any fronted adverbial, as its subject or owner; null if none. */
    private Name opening(Sentence s) {
        int j = Name.lastBefore(doc.names, s.start()) + 1;
        if (j >= doc.names.size()) {
            return null;
        }
        Name n = doc.names.get(j);
        int end = n.offset() + n.text().length();
        if (end > s.end() || n.offset() - s.start() > ResolutionWindows.FRONTED_MEDIUM_CHARS) {
            return null;
        }
        String lead = doc.text(s.start(), n.offset());
        String after = doc.text(end, Math.min(s.end(), end + ResolutionWindows.WORD_BEFORE_CHARS));
        return (lead.isEmpty() || FRONTED.matcher(lead).find()) && AFTER.matcher(after).find() ? n : null;
    }

    /**
     * Whether the text gave the name in full shortly before, with more words after it and no role nor first name
     * ("Tarmo Networks" for "Tarmo"): a person's name is shortened to its last word, not its first. Bounded by
     * {@link ResolutionWindows#TITLED_NAME_CHARS}.
     */
    private boolean shortened(Name n) {
        for (int j = Name.lastBefore(doc.names, n.offset()); j >= 0 && n.offset() - doc.names.get(j).offset() < ResolutionWindows.TITLED_NAME_CHARS; j--) {
            Name full = doc.names.get(j);
            if (shortens(n.text(), full.text()) && full.role().isEmpty() && !lexicon.isFirstName(full.words().get(0))) {
                return true;
            }
        }
        return false;
    }
}
