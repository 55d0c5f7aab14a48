// Passerelles: the game's state, readable from ink.
// Every scenario starts with `INCLUDE ../lib/engine.ink`. In the game these functions read the
// engine's state; the fallbacks below let a script also run in Inky, with neutral values.
// Ids are passed as strings: {trust("cfp_cuisine") >= 60: …}

EXTERNAL trust(partner)
EXTERNAL bond(partner_a, partner_b)
EXTERNAL week()
EXTERNAL time_left()
EXTERNAL has_consent(beneficiary)
EXTERNAL knows_need(beneficiary, need)
EXTERNAL is_solved(beneficiary, need)
EXTERNAL open_promises(partner)
EXTERNAL happened(event)
EXTERNAL agreed(beneficiary, partner)
EXTERNAL refused(beneficiary, partner)
EXTERNAL open_pledges(partner)
EXTERNAL kept_pledges(partner)
EXTERNAL broken_pledges(partner)

=== function trust(partner)
~ return 50

=== function bond(partner_a, partner_b)
~ return 50

=== function week()
~ return 1

=== function time_left()
~ return 6

=== function has_consent(beneficiary)
~ return false

=== function knows_need(beneficiary, need)
~ return false

=== function is_solved(beneficiary, need)
~ return false

=== function open_promises(partner)
~ return 0

=== function happened(event)
~ return false

=== function agreed(beneficiary, partner)
~ return false

=== function refused(beneficiary, partner)
~ return false

=== function open_pledges(partner)
~ return 0

=== function kept_pledges(partner)
~ return 0

=== function broken_pledges(partner)
~ return 0
