package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 48: a court's decision on a claim or an appeal ("dismissed her claim", "would have dismissed the
 * appeal"), a party defending a claim in court and a review not sought are acts, no statements; a finding before
 * "and dismissed her claim" ends there, and "defended the claim that ..." keeps its position.
 */
class CourtDecisionsTest {

    @Test
    void decisionsOnClaimsAndAppealsAreActs() {
        assertEquals(List.of(
                "the Council's checks were adequate [6]",
                "the claim that the bridge was safe"),
                Pipeline.contents(extract("""
                        Ms. Tilda Ode sued the Council, which owns the bridge. The Council defended the claim under \
                        section 12 of the Roads Act. The trial judge found that the Council's checks were adequate [6] \
                        and dismissed her claim. Ms. Ode appealed.

                        Justice Rolf Brand, dissenting, would have dismissed the appeal. Neither side had sought a \
                        review of the ruling.

                        Mayor Ines Calder defended the claim that the bridge was safe.
                        """)));
    }

    /** Round 51: "The Court of Appeal dismisses the appeal": a court named by what it hears decides, an act. */
    @Test
    void aCourtNamedOfWhatItHearsDecides() {
        assertEquals(List.of("the levy was lawful"), Pipeline.contents(extract("""
                The Court of Appeal unanimously dismisses the appeal. The Court of Appeal held that the levy was lawful.
                """)));
    }

    /**
     * Round 54: a court's dismissal of a party's application is a decision, an act; judges joining the lead judgment
     * ("with which A, B and C agree") make up the bench, no statement.
     */
    @Test
    void anApplicationDismissedAndAConcurrenceAreNoStatements() {
        assertEquals(List.of("the landlord breached the lease [12]", "the rent is too high"),
                Pipeline.contents(extract("""
                        The County Court dismissed their application for an injunction. The tenants appealed.

                        Justice Orlov gives the lead judgment, with which the President, Justice Mbeki and Justice Lind \
                        agree. Justice Orlov holds that the landlord breached the lease [12].

                        Most tenants agree that the rent is too high.
                        """)));
    }

    /**
     * Round 56: a panel member who "agrees with the result" or "with the reasons of" the presiding member joins the
     * decision, no statement; residents who agree with a result take a position.
     */
    @Test
    void aBenchMemberAgreeingWithTheResultOrTheReasonsSaysNothing() {
        assertEquals(List.of("the fence was built too close to the road", "the result"),
                Pipeline.contents(extract("""
                        The Board finds that the fence was built too close to the road.

                        Member Oyelowo, concurring, agrees with the result but writes separately.

                        Justice Pereira agrees with the reasons of the Chief Justice.

                        Residents agree with the result.
                        """)));
    }

    /**
     * Round 60 (older): a court's refusal to act on the case before it ("refused to dismiss the charges", a headline's
     * "Judge refuses to drop case", a day between) is its ruling, an act; a party's refusal stays as it was read.
     */
    @Test
    void aCourtsRefusalToActOnTheCaseIsARuling() {
        assertEquals(List.of("to pay his legal fees"), Pipeline.contents(extract("""
                Judge refuses to drop bribery case against former port director

                By Lidia Kovarik-Mensah

                A state judge on Thursday refused to dismiss bribery charges against Anselm Thorvaldsen-Quick, the \
                former director of the Port of Ellisford, rejecting arguments that the search of his office was unlawful.

                Judge Mirela Oyelaran-Voss refused to delay the trial, which is set for March. The Court of Appeal \
                refused to hear the case last year.

                The port's board refused on Monday to pay his legal fees.
                """)));
    }

    /**
     * Round 60: a court's "rejected the developer's submission on costs" decides a party's case, an act; its "found
     * that" stays, and a minister's "rejected the union's submission" is a position.
     */
    @Test
    void aCourtRejectingAPartysSubmissionDecides() {
        assertEquals(List.of("the Council had misread the letter", "the union's submission on pay"),
                Pipeline.contents(extract("""
                        The Court rejected Harbourline Ltd's submission on costs. The Court found that the Council had misread the letter.

                        The Minister rejected the union's submission on pay.
                        """)));
    }

    /**
     * Round 61: a court's "..., rejecting arguments that B" after its decision is part of the decision, an act; a
     * minister's "..., rejecting arguments that B" stays a position. Round 60's refusal test held the old reading of
     * the same shape (D's d09 gold leaves it none).
     */
    @Test
    void aCourtRejectingArgumentsAfterItsDecisionDecides() {
        assertEquals(List.of("the levy was unlawful"),
                Pipeline.contents(extract("""
                        A Varnholt County jury on Friday found Edda Morrow-Kile guilty of arson, rejecting arguments that \
                        the fire began in the boiler.

                        An appeals judge on Monday refused to quash the permit, rejecting arguments that the survey was flawed.

                        The Harbour Minister opened the quay on Friday, rejecting arguments that the levy was unlawful.
                        """)));
    }
}
