//! The JS contract from inside a real browser (tests/run.sh: Chromium, Firefox and WebKit in
//! turn): JS values in, JS values out, through `estimate` and `explain` as the page calls them.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn answers(json: &str) -> JsValue {
    JSON::parse(json).expect("test input is JSON")
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |value, key| Reflect::get(&value, &key.into()).unwrap())
}

fn text(value: &JsValue, path: &str) -> String {
    get(value, path).as_string().unwrap_or_else(|| panic!("{path} is not a string"))
}

fn error_of(json: &str) -> (String, String) {
    let error = syiaqy_estimate(json).expect_err("an error");
    assert!(error.is_instance_of::<js_sys::Error>(), "errors are JS Error objects");
    (text(&error, "code"), text(&error, "field"))
}

fn syiaqy_estimate(json: &str) -> Result<JsValue, JsValue> {
    syiaqy::wasm::estimate(answers(json))
}

/// tests/run.sh runs this file in Chromium, Firefox and WebKit in turn.
#[wasm_bindgen_test]
fn runs_in_a_real_browser() {
    let agent = web_sys::window().unwrap().navigator().user_agent().unwrap();
    assert!(["Chrome/", "Firefox/", "AppleWebKit/"].iter().any(|engine| agent.contains(engine)), "{agent}");
}

/// A citizen's case, as the page would pass it.
fn citizen_answers(offense: &str, amount: &str, decision_date: &str, verdict: &str) -> JsValue {
    answers(&format!(
        r#"{{"offense":"{offense}","amount":"{amount}","decisionDate":"{decision_date}","verdict":"{verdict}","reporter":"citizen"}}"#
    ))
}

fn citizen_case(offense: &str, amount: &str, decision_date: &str, verdict: &str) -> JsValue {
    syiaqy::wasm::estimate(citizen_answers(offense, amount, decision_date, verdict)).expect("a valid case")
}

#[wasm_bindgen_test]
fn v1_grave_case_without_damage() {
    let result = citizen_case("grave", "none", "2025-05-20", "in_force");
    assert_eq!(text(&result, "status"), "eligible");
    assert_eq!(text(&result, "reward.minTenge"), "275240.00");
    assert_eq!(text(&result, "reward.maxMci"), "70");
    assert_eq!(text(&result, "regime.id"), "order-270-2023");
}

#[wasm_bindgen_test]
fn v8_ten_percent() {
    let result = citizen_case("grave", "5 000 000", "2025-03-01", "in_force");
    assert_eq!(text(&result, "branch"), "ten_percent");
    assert_eq!(text(&result, "reward.minTenge"), "500000.00");
    assert_eq!(text(&result, "reward.minMci"), "127.16");
}

#[wasm_bindgen_test]
fn v8_explained_step_by_step() {
    let steps = syiaqy::wasm::explain(citizen_answers("grave", "5 000 000", "2025-03-01", "in_force"))
        .expect("a valid case")
        .dyn_into::<js_sys::Array>()
        .expect("the working is an array");
    let kinds: Vec<String> = steps.iter().map(|step| text(&step, "step")).collect();
    assert_eq!(kinds.first().map(String::as_str), Some("verdict"));
    assert_eq!(kinds.last().map(String::as_str), Some("mci_equivalent"));
    let percentage = steps.iter().find(|step| text(step, "step") == "percentage").expect("a 10 % step");
    assert_eq!(text(&percentage, "rule"), "R5");
    assert_eq!(text(&percentage, "exactTenge"), "500000");
}

#[wasm_bindgen_test]
fn v15_not_yet_with_the_expected_amount() {
    let result = citizen_case("grave", "1 000 000", "2025-03-01", "pending");
    assert_eq!(text(&result, "status"), "not_yet");
    assert_eq!(text(&result, "reward.maxTenge"), "275240.00");
}

#[wasm_bindgen_test]
fn v20_range_for_unknown_gravity() {
    let result = citizen_case("criminal_unknown", "none", "2025-03-01", "in_force");
    assert_eq!(text(&result, "branch"), "range");
    assert_eq!(text(&result, "reward.minTenge"), "157280.00");
    assert_eq!(text(&result, "reward.maxTenge"), "393200.00");
}

#[wasm_bindgen_test]
fn invalid_inputs_name_their_field() {
    let base = r#""offense":"grave","verdict":"in_force","reporter":"citizen""#;
    assert_eq!(
        error_of(&format!(r#"{{{base},"amount":"5,000.505.1","decisionDate":"2025-03-01"}}"#)),
        ("not_a_number".into(), "amount".into())
    );
    assert_eq!(
        error_of(&format!(r#"{{{base},"amount":"none","decisionDate":"2011-05-01"}}"#)),
        ("no_regime".into(), "decisionDate".into())
    );
    assert_eq!(
        error_of(
            r#"{"offense":"grave","verdict":"in_force","inForceDate":"2025-05-20","reporter":"the mayor","amount":"none"}"#
        ),
        ("invalid_choice".into(), "reporter".into())
    );
    assert_eq!(
        error_of(r#"{"offense":"grave","verdict":"in_force","reporter":"citizen","amount":"none"}"#),
        ("empty".into(), "inForceDate".into()),
        "R14: a verdict in force has no default date"
    );
    assert_eq!(
        error_of(
            r#"{"offense":"grave","verdict":"in_force","inForceDate":"9999-01-01","reporter":"citizen","amount":"none"}"#
        ),
        ("future_date".into(), "inForceDate".into())
    );
}

#[wasm_bindgen_test]
fn a_case_under_appeal_is_counted_at_the_browsers_today() {
    let result =
        syiaqy_estimate(r#"{"offense":"grave","verdict":"pending","reporter":"citizen","amount":"none"}"#)
            .unwrap();
    let now = js_sys::Date::new_0();
    let today = format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date());
    assert_eq!(text(&result, "mci.date"), today);
}
