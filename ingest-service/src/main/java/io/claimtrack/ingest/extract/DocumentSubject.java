package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "The GOP nominee complained about his mic" where no sentence links the description to a name: the person
 * the document is about, when one person the description fits is named far more often than anyone else it
 * fits. A description fits a person unless their gender, party or office says otherwise; part of
 * {@link ResolutionStage}, tried after every description rule that needs a link in the text.
 */
final class DocumentSubject {

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex index;
    private final DescriptionFit fit;
    /** By canonical name: how often the text names each person, and the roles it gives them. */
    private Map<String, Integer> uses;
    private Map<String, Set<String>> roles;
    /** How often the text names the person it names most. */
    private int mostUses;
    private final Map<Gender, Optional<String>> mostNamed = new EnumMap<>(Gender.class);
    private final Map<String, Boolean> onTop = new HashMap<>();
    /** Tokens with "a", "an" or "another" opening their phrase ({@link #indefiniteHeads}). */
    private BitSet indefiniteHeads;

    DocumentSubject(AnnotatedDocument doc, Lexicon lexicon, NameIndex index, DescriptionFit fit) {
        this.doc = doc;
        this.fit = fit;
        this.lexicon = lexicon;
        this.index = index;
    }

    /**
     * The canonical name of the person {@code a}'s definite description stands for, or null; {@code head} is the
     * description's head word ({@link DescriptionHeads#headWord}).
     */
    String of(Attribution a, String head) {
        String text = a.mention.text();
        // "After 31 years, Ressick County's medical examiner is retiring" over a profile: its deck gives the office.
        boolean deck = onTop(head);
        if (!isBareTitle(a.mention, head, deck)) {
            return null;
        }
        count();
        if (mostUses < ResolutionWindows.SUBJECT_MIN_NAMES || introducedUnnamed(a.mention.start(), head)) {
            // No one is named often enough to be the subject: nothing to look back for.
            return null;
        }
        Gender titled = Gender.ofTitle(text);
        // "The Democratic nominee attacked her opponent": without a title's gender, the pronoun that follows in the sentence.
        Sentence s = titled == null ? doc.sentenceAt(a.mention.start()) : null;
        Gender gender = titled != null || s == null ? titled : DocumentGender.firstPronoun(doc, a.mention.end(), s.end());
        String party = DescriptionFit.party(text);
        Leader leader = leader(person -> fits(person, text, head, gender, party), person -> true);
        String best = leader.best();
        // Under a deck that gives the office, the one named most is enough: a profile calls its subject "she" as often.
        boolean dominant = leader.top() >= ResolutionWindows.SUBJECT_MIN_NAMES
                && (deck ? leader.top() > leader.second() : leader.top() >= ResolutionWindows.SUBJECT_DOMINANCE * leader.second());
        return dominant && (deck || evidence(best, text, head, party)) && !otherJustNamed(a, best, text, gender, party) ? best : null;
    }

    /** The person named most among those {@code competing} (null if not {@code eligible}), their uses and the runner-up's. */
    private record Leader(String best, int top, int second) {
    }

    private Leader leader(Predicate<String> competing, Predicate<String> eligible) {
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : uses.entrySet()) {
            if (!competing.test(e.getKey())) {
                continue;
            }
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = eligible.test(e.getKey()) ? e.getKey() : null;
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return new Leader(best, top, second);
    }

    /**
     * Whether a headline or deck above the story's first paragraph has the word: what the top says of the person the
     * story is about ("Pellingham's first woman fire chief carries ..."), asked once per word.
     */
    private boolean onTop(String head) {
        return onTop.computeIfAbsent(head, h -> {
            for (int b = 0; b < Math.min(ResolutionWindows.TOP_BLOCKS, doc.blocks.size()) && doc.block(b).kind() != Block.Kind.PARAGRAPH; b++) {
                Block block = doc.block(b);
                for (int k = doc.tokenAtOrAfter(block.start()); block.kind() == Block.Kind.HEADLINE && k < doc.tokens.size()
                        && doc.tokens.get(k).start() < block.end(); k++) {
                    if (doc.tokens.get(k).is(h)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /**
     * The person of this gender the text names most, when named at least {@link ResolutionWindows#SUBJECT_MIN_NAMES} times
     * and {@link ResolutionWindows#SUBJECT_DOMINANCE} times as often as anyone else who may be of that gender; else null.
     */
    String mostNamed(Gender gender) {
        // Asked by every pronoun under a subhead: worked out once per gender.
        return mostNamed.computeIfAbsent(gender, this::mostNamedOf).orElse(null);
    }

    private Optional<String> mostNamedOf(Gender gender) {
        count();
        // Someone whose gender the text does not show competes, but is no one's "he" or "she".
        Leader leader = leader(person -> {
            Gender g = index.gender(person);
            return g == null || g == gender;
        }, person -> index.gender(person) == gender);
        return Optional.ofNullable(leader.best() != null && leader.top() >= ResolutionWindows.SUBJECT_MIN_NAMES
                && leader.top() >= ResolutionWindows.SUBJECT_DOMINANCE * leader.second() ? leader.best() : null);
    }

    /** The person's gender, party and place are the description's, and no one else holds its office in the text. */
    private boolean fits(String person, String text, String head, Gender gender, String party) {
        if (!compatible(person, text, gender, party)) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : roles.entrySet()) {
            if (!e.getKey().equals(person) && holds(e.getValue(), head, text) && !holds(roles.getOrDefault(person, Set.of()), head, text)
                    && (gender == null || gender.fits(index.gender(e.getKey())))) {
                // "President Obama" ... "the president": the office is someone else's; not a man's for "the new chief
                // says she".
                return false;
            }
        }
        return true;
    }

    /** Nothing the text says of the person contradicts the description: gender, party, place or body. */
    private boolean compatible(String person, String text, Gender gender, String party) {
        if (gender != null && !gender.fits(index.gender(person))) {
            return false;
        }
        for (String role : roles.getOrDefault(person, Set.of())) {
            String other = DescriptionFit.party(role);
            if (party != null && other != null && !other.equals(party) || fit.qualifiersClash(text, role)) {
                // "the Vermont senator" is not "New Jersey Gov. Chris Christie".
                return false;
            }
        }
        return true;
    }

    /** One of the roles is the description's office, of no other party, place or body than the description's. */
    private boolean holds(Set<String> ofPerson, String head, String text) {
        String party = DescriptionFit.party(text);
        for (String role : ofPerson) {
            String other = DescriptionFit.party(role);
            if (lexicon.titles.roleFits(head, role.toLowerCase(Locale.ROOT)) && fit.holdsOffice(text, role)
                    && (party == null || other == null || party.equals(other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Republican nominee", "the former secretary of state": a definite description of one office (a role
     * word heads it), not held for someone else ("the spokesman") nor someone's ("Trump's adviser"). An office the
     * {@code deck} gives may have any qualifier and a place's or body's possessive ("the county's chief medical
     * examiner", "the new chief"), not a person's ("the mayor's chief of staff").
     */
    private boolean isBareTitle(Mention m, String head, boolean deck) {
        String text = m.text();
        if (!text.regionMatches(true, 0, "the ", 0, 4) || !lexicon.roles.contains(head)
                || Name.words(text).stream().anyMatch(DescriptionFit.RELATIONAL::contains)) {
            return false;
        }
        if (deck) {
            String possessor = ResolutionStage.possessor(m);
            return possessor == null || !lexicon.isPersonNoun(Name.lastWord(Name.words(possessor)));
        }
        if (text.contains("'s ") || text.contains("’s ")) {
            return false;
        }
        // "the band leader" is someone else's office: only names and title words may qualify the head, and a
        // capitalised head makes a name ("The New Hampshire Union Leader").
        String[] words = text.split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals(head)) {
                return !Character.isUpperCase(words[i].charAt(0));
            }
            if (!Character.isUpperCase(words[i].charAt(0)) && !lexicon.isRoleWord(lexicon.headKey(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A law enforcement official said ... The official said": the description takes up someone the text
     * brought in without a name (an indefinite phrase with the same head word shortly before).
     */
    private boolean introducedUnnamed(int offset, String head) {
        BitSet heads = indefiniteHeads();
        for (int k = heads.previousSetBit(doc.tokenAtOrAfter(offset) - 1); k >= 0
                && offset - doc.tokens.get(k).start() < ResolutionWindows.TITLED_NAME_CHARS; k = heads.previousSetBit(k - 1)) {
            if (doc.tokens.get(k).is(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens an indefinite article opens a phrase for, a few tokens before them, marked once per document: each
     * description read the whole window back for its head word, and before each the words up to its article.
     */
    private BitSet indefiniteHeads() {
        if (indefiniteHeads == null) {
            indefiniteHeads = new BitSet(doc.tokens.size());
            for (int j = 0; j < doc.tokens.size(); j++) {
                Token t = doc.tokens.get(j);
                if (t.is("a") || t.is("an") || t.is("another")) {
                    for (int k = j + 1; k < doc.tokens.size() && k <= j + Windows.DETERMINED_PHRASE_TOKENS; k++) {
                        indefiniteHeads.set(k);
                        if (opensPhrase(doc.tokens.get(k))) {
                            break;
                        }
                    }
                }
            }
        }
        return indefiniteHeads;
    }

    /** A token a head's look back for its article stops at: an article, or the end of an indefinite phrase. */
    private static boolean opensPhrase(Token t) {
        // "said in a statement that the minister was": a definite phrase of its own, not one "a" opens.
        return t.is("a") || t.is("an") || t.is("another") || !t.isWord() && !t.is(".") && !t.is("-") || t.is("the")
                || FunctionWords.DEMONSTRATIVES.contains(t.lower()) || FunctionWords.POSSESSIVES.contains(t.lower());
    }

    /**
     * "When the moderator pointed out that Trump hadn't answered, the candidate said": a person the description
     * fits, named in its sentence or the one before, is more likely the one it stands for than the document's subject.
     */
    private boolean otherJustNamed(Attribution a, String best, String text, Gender gender, String party) {
        Sentence s = doc.sentenceAt(a.mention.start());
        Sentence before = s == null ? null : doc.sentenceAt(s.start() - 2);
        int from = before != null ? before.start() : s != null ? s.start() : a.mention.start();
        for (int j = Name.lastBefore(doc.names, a.mention.start()); j >= 0 && doc.names.get(j).offset() >= from; j--) {
            Name n = doc.names.get(j);
            String person = n.kind() == SpeakerKind.PERSON ? index.expand(n.text(), SpeakerKind.PERSON, n.offset()) : best;
            if (!person.equals(best) && uses.containsKey(person) && compatible(person, text, gender, party)) {
                return true;
            }
        }
        return false;
    }

    /** The text gives the person the description's office or party. */
    private boolean evidence(String person, String text, String head, String party) {
        for (String role : roles.getOrDefault(person, Set.of())) {
            if (lexicon.titles.roleFits(head, role.toLowerCase(Locale.ROOT)) && DescriptionFit.sameOffice(text, role) || party != null && party.equals(DescriptionFit.party(role))) {
                return true;
            }
        }
        return false;
    }

    private void count() {
        if (uses != null) {
            return;
        }
        uses = new HashMap<>();
        roles = new HashMap<>();
        List<Name> names = doc.names;
        for (Name n : names) {
            if (n.kind() != SpeakerKind.PERSON) {
                continue;
            }
            String person = index.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (person.indexOf(' ') < 0) {
                // A lone capitalised word ("Friday", "Chelsea") is a person only as part of a fuller name.
                continue;
            }
            mostUses = Math.max(mostUses, uses.merge(person, 1, Integer::sum));
            if (!n.role().isEmpty() && !index.shared(n.text())) {
                // "President Bush" where the text names Jeb and George W. Bush says nothing of either.
                roles.computeIfAbsent(person, k -> new HashSet<>()).add(n.role());
            }
        }
    }
}
