import { runCaseworkBench } from "./casework";
runCaseworkBench().then((ok) => console.log("ok?", ok));
