/**
 * Campaigns: promoting a film and measuring what the promotion really added. Its first part is the estimator
 * every campaign's result rests on: the lift of a randomised test ({@link marquee.campaigns.Lift}), treated arms
 * against a held-out control, with a 95% interval and a p-value, and the command that applies it to any file of
 * units ({@code ./marquee campaign lift}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns")
package marquee.campaigns;
