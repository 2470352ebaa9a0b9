package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies a definite phrase names with a lower-case word before them ("the opposition Freedom Front alliance", "the
 * auction house Brandt Voss"), and the description that word makes of them ("the main opposition alliance said", "the
 * auction house"). Part of {@link BodyDescriptions}.
 */
final class ModifiedBodies {

    /**
     * The lower-case word right before a name in a definite phrase, with no comma between: "opposition" in "the
     * (main) opposition Freedom Front", "Tarsland's opposition Freedom Front"; not "a network Russia has financed".
     */
    private static final Pattern MODIFIER_BEFORE = Pattern.compile("(?:\\bthe|\\p{L}['’]s) (?:[a-z]+ )?([a-z]+) $");
    /** The lower-case word right after a name: "alliance" in "the opposition Freedom Front alliance". */
    private static final Pattern WORD_AFTER = Pattern.compile("^ ([a-z]+)\\b");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /** See {@link #modified()}. */
    private List<Modified> modified;
    /** By head word and description, the one body {@link #introducedWith} found, or none. */
    private final Map<String, Optional<Name>> introduced = new HashMap<>();
    /** By head word, the text's "the (modifier) HEAD" phrases by where they end; see {@link #lastBefore}. */
    private final Map<String, TreeMap<Integer, Phrase>> headPhrases = new HashMap<>();
    /** Statements by their mention's offset, and each name's first index by its offset; see {@link #speakersIn}. */
    private TreeMap<Integer, List<Integer>> byMention;
    private TreeMap<Integer, Integer> nameByOffset;

    ModifiedBodies(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * "the main opposition alliance said", "opposition alleges fraud" where the text names "the opposition Freedom Front
     * alliance": the one body whose name a definite phrase opens with a word of the description, and gives the
     * description's head word right before or after, however far; null when it gives them to several. Not for an
     * indefinite description, someone new.
     */
    Name introducedWith(Mention description, String head) {
        if (FunctionWords.isIndefinite(description.text()) || modified().isEmpty()) {
            return null;
        }
        return introduced.computeIfAbsent(head + '|' + description.text(), k -> {
            List<String> words = Name.words(description.text().toLowerCase(Locale.ROOT));
            Name found = null;
            for (Modified m : modified) {
                if (!m.name().words().contains(head) && words.contains(m.before()) && (head.equals(m.before()) || head.equals(m.after()))) {
                    if (found != null && !found.text().equals(m.name().text())) {
                        return Optional.empty();
                    }
                    found = m.name();
                }
            }
            return Optional.ofNullable(found);
        }).orElse(null);
    }

    /**
     * "Northern Prairie Health announced the closure. The health authority said", then "the authority's own figures": a
     * definite description whose modifier is the last word of a body that spoke in the sentence right before it, a name
     * with no body's word of its own (it gives no kind, so the description gives it one; no first name opens it); a
     * description of the head alone reads the last "the (modifier) (head)" before it, however far. Null if none.
     */
    Name sharingModifier(Mention description, String head) {
        List<String> words = Name.words(description.text().toLowerCase(Locale.ROOT));
        boolean definite = description.text().regionMatches(true, 0, "the ", 0, 4);
        String modifier = definite && words.size() == 2 && words.get(1).equals(head) ? words.get(0) : null;
        int at = description.start();
        if (modifier == null && definite && words.get(0).equals(head)) {
            Phrase earlier = lastBefore(head, at);
            if (earlier != null) {
                modifier = earlier.modifier();
                at = earlier.start();
            }
        }
        int own = doc.sentenceAtOrAfter(at + 1) - 1;
        if (modifier == null || lexicon.organizations.contains(modifier) || own < 1) {
            return null;
        }
        for (Name n : speakersIn(doc.sentences.get(own - 1))) {
            if ((n.kind() == SpeakerKind.ORGANIZATION || n.role().isEmpty() && !lexicon.isFirstName(n.words().get(0)))
                    && n.words().size() > 1 && n.words().get(n.words().size() - 1).equals(modifier)
                    && n.words().stream().noneMatch(w -> lexicon.organizations.contains(lexicon.headKey(w)))) {
                return n;
            }
        }
        return null;
    }

    /**
     * The last "the (modifier) HEAD" that ends by {@code at}. The phrases of each head are found once per document, by
     * where they end: a scan of the text before each description made a long text's resolution quadratic.
     */
    private Phrase lastBefore(String head, int at) {
        Map.Entry<Integer, Phrase> last = headPhrases.computeIfAbsent(head, h -> {
            TreeMap<Integer, Phrase> found = new TreeMap<>();
            Matcher m = Pattern.compile("\\b[Tt]he ([a-z]+) " + Pattern.quote(h) + "\\b").matcher(doc.text);
            while (m.find()) {
                found.put(m.end(), new Phrase(m.start(), m.group(1)));
            }
            return found;
        }).floorEntry(at);
        return last == null ? null : last.getValue();
    }

    /**
     * The first name inside the mention of each statement whose mention opens in sentence {@code s}, in the statements'
     * order; the statements are indexed by their mention's offset once per document, as resolution adds none.
     */
    private List<Name> speakersIn(Sentence s) {
        if (byMention == null) {
            byMention = new TreeMap<>();
            for (int i = 0; i < doc.attributions.size(); i++) {
                Mention m = doc.attributions.get(i).mention;
                if (m != null && m.hasName()) {
                    byMention.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(i);
                }
            }
            nameByOffset = new TreeMap<>();
            for (int i = 0; i < doc.names.size(); i++) {
                nameByOffset.putIfAbsent(doc.names.get(i).offset(), i);
            }
        }
        List<Integer> statements = new ArrayList<>();
        byMention.subMap(s.start(), s.end()).values().forEach(statements::addAll);
        statements.sort(null);
        List<Name> speakers = new ArrayList<>();
        for (int i : statements) {
            Mention m = doc.attributions.get(i).mention;
            nameByOffset.subMap(m.start(), m.end()).values().stream().min(Integer::compare).map(doc.names::get).ifPresent(speakers::add);
        }
        return speakers;
    }

    /** A "the (modifier) HEAD" phrase of the text. */
    private record Phrase(int start, String modifier) {
    }

    /**
     * "the auction house Brandt Voss": a body's word right after "the" and before a name makes it a body's, whatever its
     * words; not a person's name after a title's complement ("Head of the country's intelligence agency Dariusz Lund").
     */
    private boolean bodyWordBefore(Name n, Matcher before) {
        return lexicon.organizations.contains(before.group(1)) && before.group().startsWith("the ") && !lexicon.isFirstName(n.words().get(0));
    }

    /** A body's name with the word a definite phrase puts right before it and the word right after it (or null). */
    private record Modified(Name name, String before, String after) {
    }

    /**
     * The bodies the text names in a definite phrase with a lower-case word right before them, in text order; read on
     * the first description that asks, so each description looks at these few rather than at every name.
     */
    private List<Modified> modified() {
        if (modified == null) {
            modified = new ArrayList<>();
            for (Name n : doc.names) {
                Matcher before = MODIFIER_BEFORE.matcher(doc.text(Math.max(0, n.offset() - ResolutionWindows.MODIFIERS_BEFORE_CHARS), n.offset()));
                if (before.find() && (n.kind() == SpeakerKind.ORGANIZATION || bodyWordBefore(n, before))) {
                    int end = n.offset() + n.text().length();
                    Matcher after = WORD_AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.WORD_BEFORE_CHARS)));
                    modified.add(new Modified(n, before.group(1), after.find() ? after.group(1) : null));
                }
            }
        }
        return modified;
    }
}
