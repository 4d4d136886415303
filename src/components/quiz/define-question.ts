// Loaded by ../../layouts/later.ts when a lesson's quiz is near: defines `course-question` (a module of its own,
// so the element's module is imported statically and its exports need no wrapping).
import './course-question.ts';
