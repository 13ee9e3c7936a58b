//! Tests for the reading mechanisms added after the writers' batches 66–71
//! were scored at first sight: an adjective class told after its noun (and
//! with the "is" left out), an itch word beside a hand or foot word, holding
//! one's water, a reading told by whoever measured it, growth words for
//! weekly worsening, a writer who only observes or asks how to help, a
//! gestation told as an appointment ("at my 20 week check"), and hearsay
//! ("my friend told me that … is dangerous"); and from batches 69–71: a
//! reading read out digit by digit, a spoken self-correction ("no wait"),
//! "daughter in law say", a text about "she" with no "I", pain at a regular
//! interval, and an age as a time long ago. Our own wording; each class has
//! a control that shows it does not overreach.
//!
//! One file per run of batches, so each stays short.

mod batches_066_to_088;
mod batches_089_to_108;
mod batches_109_to_124;
mod batches_125_to_150;
mod batches_151_to_153;
mod batches_154_to_156;
mod batches_157_to_159;
mod batches_160_to_162;
mod batches_163_to_165;
mod batches_166_to_168;
mod batches_169_to_177;
mod batches_178_to_195;
mod batches_205_to_210;
mod batches_211_to_213;
mod batches_214_to_216;
mod batches_217_to_219;
mod batches_220_to_222;
mod batches_223_to_225;
mod batches_226_to_228;
mod batches_229_to_231;
mod batches_232_to_234;
mod batches_235_to_237;
mod batches_238_to_240;
mod batches_241_to_243;
mod batches_244_to_246;
mod batches_247_to_249;
mod batches_250_to_255;
mod batches_256_to_261;
mod batches_262_to_267;
mod batches_268_to_273;
mod batches_274_to_279;
mod batches_286_to_291;
mod batches_301_to_310;
mod batches_314_to_329;
