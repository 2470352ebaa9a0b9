package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Several statements of one sentence: each stops at the next speaker's clause or its speaker's second verb. */
class LaterSpeakersTest {

    @Test
    void aStatementStopsWhereASecondSpeakersCoordinatedClauseBegins() {
        assertMentions("""
                Holm said the ferry was late, but Berg said the bridge would close.
                Lund argued the fares were too high; Vik insisted they were fair.
                """,
                "Holm | the ferry was late | said | indirect",
                "Berg | the bridge would close | said | indirect",
                "Lund | the fares were too high | argued | indirect",
                "Vik | they were fair | insisted | indirect");
    }

    @Test
    void aStatementStopsBeforeItsSpeakersSecondVerbOfSaying() {
        assertMentions("""
                The envoy said the talks had stalled and added that the pier must reopen.
                Lund said the quay was closed, adding that it would reopen in May.
                """,
                "The envoy | the talks had stalled | said | indirect",
                "The envoy | the pier must reopen | added | indirect",
                "Lund | the quay was closed | said | indirect",
                "Lund | it would reopen in May | adding | indirect");
    }

    @Test
    void aVerbOfWishOrBeliefAfterTheComplementsConjunctionStaysInTheComplement() {
        assertMentions("""
                Marta Lind, a pilot, said the crews were tired of delays and wanted a new timetable.
                Councillor Berg said she backed the ferry plan but thought the fares were too high.
                The envoy said the talks had stalled and warned that the pier would stay shut.
                Mayor Holm said the ferry would run in May, and hoped that the fares would fall.
                Per Vik said the crews would “stay until every ferry is repaired” and expected the strike to end soon.
                """,
                "Marta Lind, a pilot | the crews were tired of delays and wanted a new timetable | said | indirect",
                "Councillor Berg | she backed the ferry plan but thought the fares were too high | said | indirect",
                "The envoy | the talks had stalled | said | indirect",
                "The envoy | the pier would stay shut | warned | indirect",
                "Mayor Holm | the ferry would run in May | said | indirect",
                "Mayor Holm | the fares would fall | hoped | indirect",
                "Per Vik | the crews would “stay until every ferry is repaired” | said | mixed",
                "Per Vik | the strike to end soon | expected | indirect");
    }

    @Test
    void aRelativeClauseWithItsOwnSpeakerAndCueEndsTheContentBeforeIt() {
        assertMentions("""
                Mayor Ilse Brandt said the council would rebuild the old pier, which she said could take three years.
                Berg said the ferry fares had “stopped rising,” which she called the best news of the year.
                Holm said he had not met the harbour master, who the port authority says has been on leave since May.
                """,
                "Mayor Ilse Brandt | the council would rebuild the old pier | said | indirect",
                "she | could take three years | said | indirect",
                "Berg | the ferry fares had “stopped rising,” | said | mixed",
                "she | the best news of the year | called | indirect",
                "Holm | he had not met the harbour master | said | indirect",
                "the port authority | has been on leave since May | says | indirect");
    }

    @Test
    void aWhereClauseWithItsOwnSpeakerAndVerbOfSayingEndsTheContentBeforeIt() {
        assertMentions("""
                Holm said the injured pilot was flown to Bergen, where a hospital spokesman said she was in stable condition.
                """,
                "Holm | the injured pilot was flown to Bergen | said | indirect",
                "a hospital spokesman | she was in stable condition | said | indirect");
    }

    @Test
    void aStatementInsideTheSpeakersWhoClauseEndsBeforeTheSpeakersVerb() {
        assertMentions("""
                One of the drivers, who asked not to be named because the depot had told staff not to talk to reporters, \
                said the buses were late.
                """,
                "the depot | staff not to talk to reporters | told | indirect",
                "One of the drivers | the buses were late | said | indirect");
    }

    /** Round 50: a point granted and then a finding of the granter's own, each with its "that", are two statements. */
    @Test
    void aFindingAfterAPointGrantedIsTheGrantersOwn() {
        assertMentions("""
                The Licensing Officer accepted that the driver had held a permit but found that his logbook was unreliable.
                Councillor Berg said she backed the ferry plan but thought the fares were too high.
                """,
                "The Licensing Officer | the driver had held a permit | accepted | indirect",
                "The Licensing Officer | his logbook was unreliable | found | indirect",
                "Councillor Berg | she backed the ferry plan but thought the fares were too high | said | indirect");
    }

    /** Round 59: a point noted and then a view with its own "that" are two statements of the one subject. */
    @Test
    void aViewAfterAPointNotedIsTheNotersOwn() {
        assertMentions("""
                The Consulate notes that the ferry has been held for a week and considers that the delay breaches the treaty.
                """,
                "The Consulate | the ferry has been held for a week | notes | indirect",
                "The Consulate | the delay breaches the treaty | considers | indirect");
    }

    /**
     * Round 56: a verb after a parenthetical cue whose subject opens the content goes on with the content's clause ("A,
     * the council said, but should ask B" is one statement in two parts), no second verb of the council's.
     */
    @Test
    void aVerbAfterAParentheticalCueGoesOnWithTheContent() {
        assertMentions("""
                Tenants should keep their windows shut, the council said, but should ask a landlord to check the boiler.
                """,
                "the council | Tenants should keep their windows shut, the council said, but should ask a landlord to check the boiler | said | indirect");
    }
}
