package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The person a text turned to as a sentence's subject since the last speaker, for a "he" or "she" that does not go on
 * with that speaker; part of {@link PronounResolver}, which owns the genders already given to speakers.
 */
final class SubjectSince {

    private final AnnotatedDocument doc;
    private final SubjectCandidates candidates;
    private final Map<String, Gender> genders;
    private final OwnContentNames ownContent;

    SubjectSince(AnnotatedDocument doc, SubjectCandidates candidates, Map<String, Gender> genders, OwnContentNames ownContent) {
        this.doc = doc;
        this.candidates = candidates;
        this.genders = genders;
        this.ownContent = ownContent;
    }

    /**
     * The last person of a fitting gender named as a sentence's subject after {@code from} and before
     * {@code to}, nearby; failing that, the last person named there whose gender is the pronoun's ("Mark
     * Dunn met Anna Kerr. She said"), {@code passing} even if only mentioned in passing.
     */
    Name find(Gender gender, int from, int to, Attribution found, Attribution pronoun, boolean passing) {
        List<Name> all = doc.names;
        Name sameGender = null;
        for (int j = candidates.possibleAtOrBefore(Name.lastBefore(all, to)); j >= 0; j = candidates.possibleAtOrBefore(j - 1)) {
            Name n = all.get(j);
            if (n.offset() <= from || to - n.offset() > ResolutionWindows.PRONOUN_SUBJECT_CHARS) {
                break;
            }
            SubjectCandidates.Candidate c = candidates.at(j);
            // "She says Trump's tweets about Machado are lies": a name in what is said is talked about.
            // "Greta Holm, who baked at Mirela's for years, said her old boss ...": a name in the relative clause
            // describing the last speaker is no one the text turned to.
            if (c == null || inContent(found, n) || inContent(pronoun, n) || inSpeakersRelative(found, n)) {
                continue;
            }
            Introductions.Introduction intro = c.introduction();
            // "Her daughter, Niamh, was in hospital for months. 'You count the tiles,' she said": the pronoun goes on with
            // the one whose kin the text tells of.
            if (intro != null && intro.kin() && gender != null && intro.owner() == gender) {
                continue;
            }
            // "The county has hired a new captain, Maren Holt. She said": the one a description introduces; "Quist's
            // husband died in 2019. She said", "Lin Ota's claim was paid. She said": the possessor opening the sentence, when
            // the one possessed cannot be it.
            // "Across the square, Ji-ho Brannigan-Vos said he ... / 'Now I rest,' she said": a pronoun already given
            // to someone says their gender.
            if (c.fullyNamed() && (c.opensSentence() || intro != null && (gender == null || intro.owner() != gender)
                    || gender != null && Objects.requireNonNullElse(c.possessedAtOpening(), gender) != gender
                    || c.thingPossessedAtOpening())
                    && (gender == null || gender.fits(c.gender()) && gender.fits(genders.get(c.person().text())))
                    && c.conjunct() < 0 && !ownContent.names(pronoun, c.person().text())) {
                return c.person();
            }
            // Only a name's own words pick someone not opening a sentence: the pronouns after a capitalised run that is
            // no name ("Perdue (R-Ga.) said he") would make "R-Ga" a man.
            if (sameGender == null && gender != null && c.wordsGender() == gender && (passing || c.notInPassing())
                    && !(c.conjunct() >= 0 && gender.fits(c.conjunctGender())) && !ownContent.names(pronoun, c.person().text())) {
                sameGender = c.person();
            }
        }
        return sameGender;
    }

    /** Whether name {@code n} stands between speaker {@code a}'s mention and what it says, after a relative word. */
    private boolean inSpeakersRelative(Attribution a, Name n) {
        if (a == null || a.mention == null || n.offset() < a.mention.end() || n.offset() >= a.contentStart) {
            return false;
        }
        // Bounded by the nearby window the names are read over.
        for (int t = doc.tokenAtOrAfter(a.mention.end()); t < doc.tokens.size() && doc.tokens.get(t).start() < n.offset(); t++) {
            if (doc.tokens.get(t).in(WordClass.RELATIVE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inContent(Attribution a, Name n) {
        return a != null && a.inContent(n.offset());
    }
}
