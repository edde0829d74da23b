import 'reflect-metadata';
import { runSubgraphMain } from '@par/platform';
import { civilServants } from './subgraph';

runSubgraphMain(civilServants);
