package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.Map;

/**
 * The per-statement steps of {@link ResolutionStage}'s passes after the first: each later rule's answer for one
 * statement. A method each, not a loop body in the stage: those loops run once per document, and a body inlined in
 * them is compiled only late in the first long text, read interpreted until then.
 */
final class ResolutionSteps {

    private ResolutionSteps() {
    }

    /**
     * "Superintendent says shorter week will keep teachers" over a lede's "the superintendent says" that a later rule
     * named: a headline description still unresolved echoes its story's statements as they now stand.
     */
    static void echoedLater(HeadlineEchoes echoes, Attribution a) {
        String speaker = a.kind == SpeakerKind.PERSON && a.mention.text().equals(a.speaker) ? echoes.speakerOf(a) : null;
        if (speaker != null) {
            a.speaker = speaker;
        }
    }

    /** "The panel said": the body whose panel it is ({@link BodyPanels}). */
    static void panelOf(BodyPanels panels, Attribution a) {
        name(a, panels.ownerOf(a), SpeakerKind.ORGANIZATION);
    }

    /** A headline's bare noun read as a name ("Carrier says ..."): the one whose statements its words echo ({@link HeadlineEchoes#bareNounSpeaker}). */
    static void bareNoun(HeadlineEchoes echoes, Attribution a) {
        HeadlineEchoes.Speaker echoed = echoes.bareNounSpeaker(a);
        if (echoed != null) {
            a.speaker = echoed.name();
            a.kind = echoed.kind();
        }
    }

    /**
     * A headline's description whose quotation a named person's statement below repeats is that person, after every
     * description rule: the words repeated outweigh a title or a body the description fits ({@link HeadlineEchoes#quotedBelow}).
     */
    static void quotedBelow(HeadlineEchoes echoes, Attribution a) {
        name(a, echoes.quotedBelow(a), SpeakerKind.PERSON);
    }

    /** A deck's bare noun for a body: the body's own person who says it below, or a thing's owner ({@link DeckVoices}). */
    static void deckVoice(DeckVoices decks, Attribution a) {
        HeadlineEchoes.Speaker voice = decks.speakerFor(a);
        name(a, voice == null ? null : voice.name(), voice == null ? null : voice.kind());
    }

    /** A headline's plural still unresolved whose words the pair just named says ({@link HeadlineEchoes#pairOf}). */
    static void echoedPair(HeadlineEchoes echoes, Attribution a) {
        String pair = a.kind != SpeakerKind.ORGANIZATION && a.mention.text().equals(a.speaker) ? echoes.pairOf(a) : null;
        if (pair != null) {
            a.speaker = pair;
            a.kind = SpeakerKind.GROUP;
        }
    }

    /** "The two leaders said": a statement of both sides of a meeting, of two members named, of two bodies, or of a count of two named. */
    static void bothSides(AnnotatedDocument doc, Attribution a, JointSides sides, NamedMembers members, TwoBodies pairs,
            CountedPair counted) {
        String both = a.antecedent == null ? sides.speakerFor(doc, a) : null;
        both = both == null && a.antecedent == null ? members.speakerFor(a) : both;
        both = both == null && a.antecedent == null ? pairs.speakerFor(a) : both;
        both = both == null && a.antecedent == null ? counted.speakerFor(a) : both;
        name(a, both, SpeakerKind.GROUP);
    }

    /**
     * "They" or "Their suit" after a sentence opening with two people counted and named, or a "they" after a content
     * opening with two members named: the pair, over any body named in between; one
     * left unresolved after a sentence opening with a plural of people: that group, the meeting's two when the group is
     * theirs ("The sides discussed A. They noted B", {@link JointSides#pronounFor}).
     */
    static void pairAfter(CountedPair counted, NamedMembers members, GroupSubjectBefore groups, JointSides sides, Attribution a) {
        String pair = counted.pronounAfter(a);
        pair = pair == null ? members.namedInContent(a) : pair;
        boolean unresolved = a.mention != null && a.mention.text().equals(a.speaker);
        String group = pair == null && unresolved ? groups.speakerFor(a) : null;
        group = group == null && pair == null && unresolved ? groups.partOf(a) : group;
        String met = group == null ? null : sides.pronounFor(a, group);
        pair = met != null ? met : group != null ? group : pair;
        if (pair != null) {
            a.speaker = pair;
            a.role = "";
            a.kind = SpeakerKind.GROUP;
        }
    }

    /** "The grievor" of a heading's "Mirela Osei-Brandt (Grievor)": that party, of the kind the text's own name has. */
    static void namedParty(SummaryParties summary, Map<String, SpeakerKind> kinds, Attribution a) {
        String party = a.mention == null ? null : summary.speakerFor(a.mention.text());
        SpeakerKind kind = party == null ? null : kinds.get(party);
        if (kind != null) {
            a.speaker = party;
            a.kind = kind;
        }
    }

    /** "The Union submitted", "She found" (resolved to "Arbitrator"): the party or decider the summary's heading names. */
    static void definedParty(SummaryParties summary, Attribution a) {
        if (summary.actsFor(a.mention == null ? null : a.mention.text())) {
            // "Counsel for the grievor": the party's agent, neither the party nor whom an earlier rule took it for.
            a.speaker = a.mention.text();
            return;
        }
        String party = summary.speakerFor(a.mention == null ? null : a.mention.text());
        party = party == null ? summary.speakerFor(a.speaker) : party;
        if (party != null) {
            a.speaker = party;
        }
    }

    /** A follow-on statement takes its root's speaker; a pronoun left unresolved takes the kind it stands for. */
    static void followRootOrPronoun(Attribution a) {
        if (a.antecedent != null) {
            Attribution root = a.antecedent;
            a.speaker = root.speaker;
            a.role = root.role;
            a.kind = root.kind;
        }
        if (a.kind == SpeakerKind.PRONOUN) {
            String pronoun = FunctionWords.subjectPronoun(a.mention.text().toLowerCase(Locale.ROOT));
            a.kind = FunctionWords.GROUP_PRONOUNS.contains(pronoun) ? SpeakerKind.GROUP
                    : FunctionWords.THING_PRONOUNS.contains(pronoun) ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON;
        }
    }

    /** "The opposition delegation, led by former Speaker Rufus Amadi, rejected": the one person the aside names. */
    static void ledBy(DelegationHeads delegations, Attribution a) {
        name(a, delegations.speakerFor(a), SpeakerKind.PERSON);
    }

    /** "The delegation of Orvania said", left as its words: the person the text names as Orvania's representative. */
    static void representedBy(StateOffices offices, Attribution a) {
        String person = a.mention == null || !StateRepresentatives.ownWords(a.mention, a.speaker) ? null : StateRepresentatives.speakerFor(offices, a.mention);
        name(a, person, SpeakerKind.PERSON);
    }

    /** A later rule's answer, when it has one, replaces the speaker and its kind. */
    static void name(Attribution a, String speaker, SpeakerKind kind) {
        if (speaker != null) {
            a.speaker = speaker;
            a.kind = kind;
        }
    }

    /** "Minister, you said in March that A": the one who answers the question turn (see {@link AddressedPremiseStage}). */
    static void addressed(AnnotatedDocument doc, Attribution premise, Attribution next, PronounResolver pronouns) {
        if (next != null && !doc.questionTurns.get(next.block)) {
            pronouns.answered(premise);
            premise.speaker = next.speaker;
            premise.role = next.role;
            premise.kind = next.kind;
        }
    }
}
