package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A possessive relative clause whose verb is a cue: its own subject speaks, not the sentence's. */
class PossessiveRelativeTest {

    @Test
    void theNameInAppositionToThePossessedNounSpeaks() {
        assertMentions("""
                The motion came from the Quarry Guild, whose chair, Orla Benn, claimed that the tolls were unfair.
                The levy had the backing of the Kesby Chamber, whose treasurer, Ivo Marsh, told the council that shops were closing.
                """,
                "Orla Benn | the tolls were unfair | claimed | indirect",
                "Ivo Marsh | shops were closing | told | indirect");
    }

    @Test
    void thePossessedNounSpeaksAndItsClauseEndsAtItsComma() {
        assertMentions("""
                The ruling was a blow to Dunmore, whose lawyers argued that the ledgers held trade secrets.
                Dunmore, whose lawyers argued that the ledgers were private, lost the appeal.
                """,
                "lawyers | the ledgers held trade secrets | argued | indirect",
                "lawyers | the ledgers were private | argued | indirect");
    }

    @Test
    void aClauseOfItsOwnOrAPossessedNounsActLeavesTheSentencesSubject() {
        assertMentions("""
                Councillor Ada Fenn, whose ward includes the quarry, said the blasting had cracked two walls.
                Marrow Foods, whose board had recommended the bid, said it would fight on.
                The contract went to Ostrel, whose rivals have called for a boycott of its mills.
                """,
                "Councillor Ada Fenn | the blasting had cracked two walls | said | indirect",
                "Marrow Foods | it would fight on | said | indirect");
    }
}
