/**
 * While staff rate on their phones, the computer and paper take no sheet: everyone who rates is counted in
 * one place, so nobody is counted twice and the results threshold applies to the whole team at once.
 */
export function OnPhonesNotice() {
  return (
    <p className="inset-text">
      Staff are rating on their own phones, so there is no rating on this computer or from paper until you end
      that rating. Someone without a phone can open their link on any device with a web browser.
    </p>
  );
}
