#!/usr/bin/env bash
# Plays docs/examples/letter.json through the API of a server running the demo (command 1 of the
# README), every step of the exchange: the letter checked and sent, Viet Nam's answer with a
# counter-proposal, Russia accepting the counter, Thailand consenting to the mandate, the GM
# ratifying, and what it changed. docs/walkthrough.md explains each step.
#
#   docs/examples/walkthrough.sh [server]      # default http://localhost:5080
#
# Needs curl and node (which the server's build needs anyway) for reading JSON. Run it on a fresh
# demo: a second run finds the bases full and the mandate taken, and stops at the check, saying so.
set -euo pipefail

server=${1:-http://localhost:5080}
password=${DIPLOMACYSIM_DEMO_PASSWORD:-diplomacy}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
api=$server/api/games/rus-vnm-2018

step() { printf '\n== %s\n' "$*"; }

# call METHOD PATH TOKEN [BODY]: the response body; a status that is not 2xx stops the walk with it.
call() {
  local method=$1 path=$2 token=$3 body=${4:-} out status
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$path" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: walkthrough-$RANDOM$RANDOM" ${body:+--data-binary "$body"})
  if [[ $status != 2* ]]; then
    echo "$method $path answered $status:" >&2
    cat "$out" >&2
    echo >&2
    rm -f "$out"
    exit 1
  fi
  cat "$out"
  rm -f "$out"
}

# js EXPRESSION: evaluates EXPRESSION with `v` the JSON read from standard input, printing the result
# (objects as JSON). `world` is the game's world once it is loaded.
js() {
  node -e '
    let text = "";
    process.stdin.on("data", (d) => (text += d)).on("end", () => {
      const v = text.trim() ? JSON.parse(text) : null;
      const world = process.env.WORLD ? JSON.parse(process.env.WORLD) : null;
      const result = eval(process.argv[1]);
      console.log(typeof result === "string" ? result : JSON.stringify(result));
    });' "$1"
}

login() {
  local answer
  answer=$(curl -sf -X POST "$server/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"$password\"}") \
    || { echo "could not sign in as $1 on $server: is the demo running (README, command 1)?" >&2; exit 1; }
  echo "$answer" | js 'v.accessToken'
}

step "Signing in as the demo's ministers and its GM"
RUS=$(login rus.mfa); VNM=$(login vnm.mfa); THA=$(login tha.mfa); GM=$(login gm)

step "Reading the world: ministry and installation ids"
WORLD=$(call GET "$api" "$RUS")
export WORLD
ministry() { echo '' | js "world.ministries.find(m => m.nation === '$1' && m.kind === '$2').id"; }
RUS_MFA=$(ministry RUS foreignAffairs); VNM_MFA=$(ministry VNM foreignAffairs); THA_MFA=$(ministry THA foreignAffairs)
echo "Russia's foreign ministry $RUS_MFA, Viet Nam's $VNM_MFA, Thailand's $THA_MFA"

# letter.json names its ministries ("RUS foreignAffairs") and bases ("Cam Ranh Base"), as a person
# would; the API takes their ids.
LETTER=$(js '
  const byName = (name) => world.installations.find((i) => i.name === name).id;
  const ministryOf = (text) => { const [nation, kind] = text.split(" "); return world.ministries.find((m) => m.nation === nation && m.kind === kind).id; };
  ({ ...v, fromMinistry: ministryOf(v.fromMinistry), toMinistry: ministryOf(v.toMinistry),
     clauses: v.clauses.map((c) => (c.installations ? { ...c, installations: c.installations.map(byName) } : c)) })' < "$here/letter.json")

step "Checking the letter (nothing is stored)"
VIOLATIONS=$(call POST "$api/communiques/check" "$RUS" "$LETTER" | js 'v.violations')
echo "violations: $VIOLATIONS"
if [[ $VIOLATIONS != "[]" ]]; then
  echo "The letter breaks the rules above: run this on a fresh demo (delete src/DiplomacySim.Server/App_Data/diplomacysim.db and start the server again)." >&2
  exit 1
fi

step "Sending it, secret, from Moscow to Hanoi"
LETTER_ID=$(call POST "$api/communiques" "$RUS" "$LETTER" | js 'v.id')
echo "communique $LETTER_ID"
echo "Hanoi's inbox holds it: $(call GET "$api/communiques?box=inbox" "$VNM" | js "v.some((c) => c.id === '$LETTER_ID')")"

step "Hanoi answers: a counter-proposal on the bases (emergency cap 12,000 -> 8,000), yes to the rest"
COUNTER=$(echo "$LETTER" | js '({ ...v.clauses[0], emergencyPersonnelCap: 8000 })')
ANSWER=$(call POST "$api/communiques/$LETTER_ID/responses" "$VNM" "{\"fromMinistry\":\"$VNM_MFA\",\"body\":\"Hanoi agrees to most of what Moscow proposes; on the bases, it proposes a lower ceiling in an emergency.\",\"responses\":[{\"clauseIndex\":0,\"decision\":\"counter\",\"counter\":$COUNTER},{\"clauseIndex\":1,\"decision\":\"accept\"},{\"clauseIndex\":2,\"decision\":\"accept\"},{\"clauseIndex\":3,\"decision\":\"accept\"}]}")
REPLY_ID=$(echo "$ANSWER" | js 'v.id')
echo "reply $REPLY_ID; agreements concluded at once: $(echo "$ANSWER" | js 'v.agreements.length')"
echo "the letter's clauses now: $(call GET "$api/communiques/$LETTER_ID" "$RUS" | js 'v.clauses.map((c) => c.status).join(", ")')"

step "Moscow accepts the counter-proposal in Hanoi's reply"
BASING=$(call POST "$api/communiques/$REPLY_ID/responses" "$RUS" "{\"fromMinistry\":\"$RUS_MFA\",\"body\":\"Moscow accepts the lower ceiling.\",\"responses\":[{\"clauseIndex\":0,\"decision\":\"accept\"}]}" | js 'v.agreements[0]')
echo "basing agreement $BASING"

step "Bangkok is asked to consent to Viet Nam protecting Russia's interests in Thailand, and consents"
REQUEST=$(call GET "$api/communiques?box=inbox" "$THA" | js 'v.find((c) => c.clauses.some((k) => k.consentForAgreement)).id')
call POST "$api/communiques/$REQUEST/responses" "$THA" "{\"fromMinistry\":\"$THA_MFA\",\"body\":\"The Kingdom of Thailand consents.\",\"responses\":[{\"clauseIndex\":0,\"decision\":\"accept\"}]}" > /dev/null
echo "consent request $REQUEST answered"

step "The GM ratifies what waits for ratification"
for id in $(call GET "$api/agreements" "$GM" | js 'v.filter((a) => a.status === "pendingRatification").map((a) => a.id).join(" ")'); do
  echo "$(call POST "$api/agreements/$id/ratify" "$GM" '{"ruling":"Ratified: within the bases capacity, and the host consented where it must."}' | js '`${v.kind}: ${v.status}`')"
done

step "What it changed"
echo "agreements: $(call GET "$api/agreements" "$RUS" | js 'v.map((a) => `${a.kind} ${a.status}`).join(", ")')"
echo "Foreign personnel at Viet Nam's bases: $(call GET "$api" "$RUS" | js 'v.installations.filter((i) => i.nation === "VNM" && i.foreignPersonnel > 0).map((i) => `${i.name} ${i.foreignPersonnel}`).join(", ")')"
echo "Russia's opinion of Viet Nam: $(call GET "$api/relations/RUS/VNM" "$RUS" | js 'v.score')"
echo "China, a third nation, sees of it: $(call GET "$api/agreements" "$(login chn.mfa)" | js 'v.length') agreements"
