package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * "Belkara's foreign minister accused Lysos ..., while his Lysian counterpart said": a counterpart holds the office of
 * the person "his" refers to, the speaker of the statement just before, for the description's own country; so it is
 * the one person the document gives that office with that place ("Lysian Foreign Minister Nikos Varelas"), not whoever
 * else the text once called someone's "Lysian counterpart"; a counterpart the text names ("His Lysian counterpart,
 * Stavros Mellas,") holds the office of the person titled just before, for its own country. Part of {@link ResolutionStage}.
 */
final class Counterparts {

    private static final String HEAD = "counterpart";

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final StatementPlaces places;

    Counterparts(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.places = new StatementPlaces(doc);
    }

    /** Whether a description is someone's counterpart: its office is another person's. */
    static boolean isCounterpart(String description) {
        // The head's words only when the word is there at all: most descriptions are no one's counterpart.
        return description.toLowerCase(Locale.ROOT).contains(HEAD) && HEAD.equals(DescriptionHeads.headWord(description));
    }

    /**
     * The holder of the office of the person who spoke last before {@code a}, in its paragraph or the one before, for
     * the place the description names ("his Lysian counterpart"); null if the description names no place, that
     * speaker has no title with an office, or the document gives the office for that place to no one or to several
     * ({@link StateOffices#holder}).
     */
    String holder(Attribution a, Function<String, String> titleOf, StateOffices offices) {
        String place = place(a.mention.text());
        Attribution possessor = place.isEmpty() ? null : previousPerson(a);
        String office = possessor == null ? "" : office(titleOf.apply(possessor.speaker));
        return office.isEmpty() ? null : offices.holder(office, place, a);
    }

    /**
     * "Belkaran Defence Minister Hakan Toprak said ... His Lysian counterpart, Stavros Mellas, responded", "with her
     * Orvanian counterpart Jonas Wirth": a person named as someone's counterpart holds the office of the person titled
     * last before, in its paragraph or the one before, for the counterpart's own place ("Lysian defence minister"), so
     * "the Lysian defence minister" and the next counterpart find them. The titled people, in the text's order, with
     * each named counterpart given that office; the same list when the document names no one a counterpart.
     */
    List<Name> withOffices(List<Name> titledPeople) {
        List<Name> named = new ArrayList<>();
        for (Name n : titledPeople) {
            if (isCounterpart(n.role())) {
                named.add(n);
            }
        }
        for (Attribution a : doc.attributions) {
            // The test is a method: this loop runs once per document, and a test inlined here is read interpreted
            // until the JIT compiles the loop, late in the first long text.
            if (namedCounterpart(a.mention)) {
                Mention m = a.mention;
                named.add(new Name(m.name(), SpeakerKind.PERSON, m.role(), m.start()));
            }
        }
        if (named.isEmpty()) {
            return titledPeople;
        }
        List<Name> out = new ArrayList<>(titledPeople.size() + named.size());
        for (Name n : titledPeople) {
            if (!isCounterpart(n.role())) {
                out.add(n);
            }
        }
        for (Name n : named) {
            String place = place(n.role());
            String office = place.isEmpty() ? "" : officeBefore(titledPeople, n.offset());
            out.add(office.isEmpty() ? n : new Name(n.text(), SpeakerKind.PERSON, place + office, n.offset()));
        }
        out.sort(Comparator.comparingInt(Name::offset));
        return out;
    }

    /** The apposition before the name ("His Lysian counterpart, Stavros Mellas,") is the mention's role, not the name's. */
    private static boolean namedCounterpart(Mention m) {
        return m != null && m.hasName() && m.kind() == SpeakerKind.PERSON && isCounterpart(m.role());
    }

    /** The office of the person titled last before {@code offset}, in its paragraph or the one before; "" if none. */
    private String officeBefore(List<Name> titledPeople, int offset) {
        Sentence own = doc.sentenceAt(offset);
        if (own == null) {
            return "";
        }
        // A bounded look back: a run of counterparts, each skipped, must not make every one read all the others.
        for (int j = Name.lastBefore(titledPeople, offset), seen = 0; j >= 0 && seen < ResolutionWindows.RESOLUTION_STATEMENTS; j--, seen++) {
            Name n = titledPeople.get(j);
            Sentence s = doc.sentenceAt(n.offset());
            if (s == null || s.block() < own.block() - 1) {
                return "";
            }
            String office = isCounterpart(n.role()) ? "" : office(n.role());
            if (!office.isEmpty()) {
                return office;
            }
        }
        return "";
    }

    /** "his Lysian counterpart" → "Lysian ": the capitalised words of a description that name no office, with a space after each. */
    private String place(String description) {
        StringBuilder place = new StringBuilder();
        for (String w : description.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !lexicon.isRoleWord(lower)
                    && !FunctionWords.POSSESSIVES.contains(lower) && !FunctionWords.DETERMINERS.contains(lower)) {
                place.append(w).append(' ');
            }
        }
        return place.toString();
    }

    /** The last statement before {@code a}, in its paragraph or the one before, whose speaker is a person; null if none. */
    private Attribution previousPerson(Attribution a) {
        int at = Math.max(0, places.of(a));
        for (int j = at - 1; j >= 0 && j >= at - ResolutionWindows.RESOLUTION_STATEMENTS; j--) {
            Attribution o = doc.attributions.get(j);
            if (o.block < a.block - 1) {
                return null;
            }
            if (o.kind == SpeakerKind.PERSON && o.speaker != null && !o.nested && o.contentStart < a.contentStart
                    && (o.mention == null || !isCounterpart(o.mention.text()))) {
                return o;
            }
        }
        return null;
    }

    /**
     * "belkaran foreign minister" → "foreign minister": the title's run of office words, without whose it is; a field
     * the lexicon has as no role word is part of the office ("trade minister"), else two ministers are one.
     */
    private String office(String title) {
        List<String> words = Name.words(title);
        int from = 0;
        while (from < words.size() && !officeWord(words.get(from))) {
            from++;
        }
        int to = from;
        while (to < words.size() && officeWord(words.get(to))) {
            to++;
        }
        return to > from && lexicon.roles.contains(words.get(to - 1)) ? String.join(" ", words.subList(from, to)) : "";
    }

    private boolean officeWord(String lower) {
        return lexicon.isRoleWord(lower) || lexicon.roleField(lower) != null;
    }
}
